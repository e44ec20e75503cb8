import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Video } from '../schema/exercise-types.js';
import type { Locale } from '../i18n/locale.js';
import type { CardWords } from '../i18n/card-words.js';
import { safeUrl } from '../shared/safe-url.js';
import { videoKindLabel, videoLength } from './format.js';

/** What a facade turns into once the reader presses play. */
export type Player =
  | { kind: 'iframe'; src: string; provider: 'YouTube' | 'Vimeo' }
  | { kind: 'file'; src: string };

// The video id in a YouTube watch, short-link, embed, shorts or live URL, and in a Vimeo URL.
const YOUTUBE = /^https?:\/\/(?:www\.|m\.)?(?:youtu\.be\/|youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|live\/))([\w-]+)/;
const VIMEO = /^https?:\/\/(?:[\w-]+\.)*vimeo\.com\/(?:[^?#]*\/)?(\d+)(?:$|[/?#])/;

/**
 * The privacy-enhanced player for a video, or undefined when the document gives nothing
 * playable (no id or URL, or one we cannot trust). Pure: builds a URL, loads nothing.
 */
export function playerFor(video: Video): Player | undefined {
  const url = safeUrl(video.url, 'video URL');
  const youtube = url?.match(YOUTUBE)?.[1];
  const vimeo = url?.match(VIMEO)?.[1];
  const provider = video.provider ?? (youtube ? 'youtube' : vimeo ? 'vimeo' : url && 'file');
  const id = video.videoId ?? (provider === 'youtube' ? youtube : vimeo);
  if (provider === 'youtube') {
    return id && /^[\w-]{6,20}$/.test(id)
      ? { kind: 'iframe', provider: 'YouTube', src: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0` }
      : undefined;
  }
  if (provider === 'vimeo') {
    return id && /^\d{1,12}$/.test(id) ? { kind: 'iframe', provider: 'Vimeo', src: `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` } : undefined;
  }
  return provider === 'file' && url ? { kind: 'file', src: url } : undefined;
}

/** The play mark, 1em: each place sets its size by its font size (the timer button's, the facade's). */
export const play = html`<svg aria-hidden="true" viewBox="0 0 24 24" width="1em" height="1em"><path d="M8 5.5v13l11-6.5z" /></svg>`;

export interface FacadeOptions {
  /** Whether this video's player is the one loaded now. */
  playing: boolean;
  onPlay: () => void;
  /** The reader's language (words, numbers). */
  i18n: Locale<CardWords>;
  /** The document's language, for the title. */
  textLang?: string | undefined;
}

/**
 * A video before and after the reader asks for it. Before: a button with the title, kind,
 * duration and (only if the document names one) a poster — no request to the provider.
 * After: the provider's privacy-enhanced player, autoplaying.
 */
export function renderFacade(video: Video, player: Player, { playing, onPlay, i18n, textLang }: FacadeOptions): TemplateResult {
  const duration = videoLength(video.durationSeconds, i18n.lang);
  if (playing) {
    return html`<div class="video-frame" part="video-player">
      ${player.kind === 'iframe'
        ? html`<iframe
            src=${player.src}
            title=${video.title}
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowfullscreen
            referrerpolicy="strict-origin-when-cross-origin"
          ></iframe>`
        : html`<video src=${player.src} controls autoplay playsinline aria-label=${video.title}></video>`}
    </div>`;
  }
  const poster = safeUrl(video.poster, 'video poster');
  const from = player.kind === 'iframe' ? player.provider : undefined;
  return html`<button type="button" class="facade" part="video-facade" @click=${onPlay}>
      <span class="video-frame facade-media">
        ${poster ? html`<img class="poster" src=${poster} alt="" loading="lazy" decoding="async" />` : nothing}
        <span class="play">${play}</span>
        ${duration ? html`<span class="facade-duration">${duration}</span>` : nothing}
      </span>
      <span class="facade-text">
        <span class="facade-kind">${videoKindLabel(video.kind, i18n.msg)}</span>
        <span class="facade-title"><span class="vh">${i18n.msg.play}</span><span lang=${ifDefined(textLang)}>${video.title}</span></span>
        ${from ? html`<span class="facade-note">${i18n.msg.loadsFrom(from)}</span>` : nothing}
      </span>
    </button>`;
}

/** A video with nothing to play: its title, kind and length, as a plain list entry. */
export function renderVideoListItem(video: Video, i18n: Locale<CardWords>, textLang?: string): TemplateResult {
  const duration = videoLength(video.durationSeconds, i18n.lang);
  const url = safeUrl(video.url, 'video URL');
  // A play mark only where there is something to open: a listed title alone must not look playable.
  return html`<li class="video-item">
    ${url ? html`<span class="video-item-icon">${play}</span>` : nothing}
    <span class="video-item-text">
      ${url
        ? html`<a href=${url} rel="noopener" lang=${ifDefined(textLang)}>${video.title}</a>`
        : html`<span class="video-item-title" lang=${ifDefined(textLang)}>${video.title}</span>`}
      <span class="video-item-meta">${videoKindLabel(video.kind, i18n.msg)}${duration ? html` · ${duration}` : nothing}</span>
    </span>
  </li>`;
}
