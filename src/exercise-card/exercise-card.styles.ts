import { css } from 'lit';

export const exerciseCardStyles = css`
  .card {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1.25em 1.5em;
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
  }
`;
