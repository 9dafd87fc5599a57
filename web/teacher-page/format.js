// Dates, lists, times and stars as the teacher page shows them, in the page's language.
import { api } from './state.js';

export function formatDate(ms) {
  try {
    return new Intl.DateTimeFormat(api().language(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    return new Date(ms).toLocaleString();
  }
}

export function formatList(items) {
  try {
    return new Intl.ListFormat(api().language(), { type: 'conjunction', style: 'narrow' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** Seconds as m:ss. */
export function formatSeconds(seconds) {
  const s = Math.max(0, Math.round(Number(seconds) || 0));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** 0–3 stars, from whatever the data says. */
export function starCount(stars) {
  return Math.max(0, Math.min(3, Number(stars) || 0));
}

export function starText(stars) {
  const n = starCount(stars);
  return '★'.repeat(n) + '☆'.repeat(3 - n);
}
