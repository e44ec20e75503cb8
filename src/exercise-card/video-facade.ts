import { html, nothing, type TemplateResult } from 'lit';
import type { Video } from '../schema/exercise-types.js';
import { safeUrl } from '../shared/safe-url.js';
import { formatDuration, videoKindLabel } from './format.js';

/** What a facade turns into once the reader presses play. */
export type Player =
  | { kind: 'iframe'; src: string; provider: 'YouTube' | 'Vimeo' }
  | { kind: 'file'; src: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;
const VIMEO_ID = /^\d{1,12}$/;

/** The YouTube id in a watch, short, embed or shorts URL. */
function youtubeIdFromUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\.|^m\./, '');
    if (host === 'youtu.be') return u.pathname.slice(1).split('/')[0];
    if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
      const v = u.searchParams.get('v');
      if (v) return v;
      const m = /^\/(?:embed|shorts|live)\/([^/?#]+)/.exec(u.pathname);
      return m?.[1];
    }
  } catch {
    // not an absolute URL: no id
  }
  return undefined;
}

function vimeoIdFromUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (!/(^|\.)vimeo\.com$/.test(u.hostname)) return undefined;
    return /\/(\d+)(?:$|[/?#])/.exec(u.pathname)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The privacy-enhanced player for a video, or undefined when the document gives nothing
 * playable (no id or URL, or one we cannot trust). Pure: builds a URL, loads nothing.
 */
export function playerFor(video: Video): Player | undefined {
  const url = safeUrl(video.url, 'video URL');
  const provider =
    video.provider ??
    (url && youtubeIdFromUrl(url) ? 'youtube' : url && vimeoIdFromUrl(url) ? 'vimeo' : url ? 'file' : undefined);
  if (provider === 'youtube') {
    const id = video.videoId ?? (url ? youtubeIdFromUrl(url) : undefined);
    if (!id || !YOUTUBE_ID.test(id)) return undefined;
    return { kind: 'iframe', provider: 'YouTube', src: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0` };
  }
  if (provider === 'vimeo') {
    const id = video.videoId ?? (url ? vimeoIdFromUrl(url) : undefined);
    if (!id || !VIMEO_ID.test(id)) return undefined;
    return { kind: 'iframe', provider: 'Vimeo', src: `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` };
  }
  if (provider === 'file' && url) return { kind: 'file', src: url };
  return undefined;
}

export interface FacadeOptions {
  /** Whether this video's player is the one loaded now. */
  playing: boolean;
  onPlay: () => void;
}

/**
 * A video before and after the reader asks for it. Before: a button with the title, kind,
 * duration and (only if the document names one) a poster — no request to the provider.
 * After: the provider's privacy-enhanced player, autoplaying.
 */
export function renderFacade(video: Video, player: Player, { playing, onPlay }: FacadeOptions): TemplateResult {
  const duration = formatDuration(video.durationSeconds);
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
        <span class="play" aria-hidden="true"
          ><svg viewBox="0 0 24 24" width="24" height="24"><path d="M8 5.5v13l11-6.5z" /></svg
        ></span>
        ${duration ? html`<span class="facade-duration">${duration}</span>` : nothing}
      </span>
      <span class="facade-text">
        <span class="facade-kind">${videoKindLabel(video.kind)}</span>
        <span class="facade-title"><span class="vh">Play video: </span>${video.title}</span>
        ${from ? html`<span class="facade-note">Loads from ${from} when you press play</span>` : nothing}
      </span>
    </button>`;
}

/** A video with nothing to play: its title, kind and length, as a plain list entry. */
export function renderVideoListItem(video: Video): TemplateResult {
  const duration = formatDuration(video.durationSeconds);
  const url = safeUrl(video.url, 'video URL');
  return html`<li class="video-item">
    <span class="video-item-icon" aria-hidden="true"
      ><svg viewBox="0 0 24 24" width="16" height="16"><path d="M8 5.5v13l11-6.5z" /></svg></span
    >
    <span class="video-item-text">
      ${url ? html`<a href=${url} rel="noopener">${video.title}</a>` : html`<span class="video-item-title">${video.title}</span>`}
      <span class="video-item-meta">${videoKindLabel(video.kind)}${duration ? html` · ${duration}` : nothing}</span>
    </span>
  </li>`;
}
