/**
 * A small typed client for the page endpoints, as shown in the README.
 * Plain fetch; works in browsers, Node 18+ and edge runtimes.
 */
import type { ErrorResponse, MeetingPage, PageResponse, SpeakerPage } from './newsroom';

export class NewsroomClient {
  constructor(private readonly baseUrl: string) {}

  private async page<T>(path: string, locale?: string): Promise<T | null> {
    const url = new URL(`/api/newsroom/${path}`, this.baseUrl);
    if (locale) url.searchParams.set('locale', locale);
    const response = await fetch(url);
    if (response.status === 404) return null;
    if (!response.ok) {
      const { error } = (await response.json()) as ErrorResponse;
      throw new Error(`${error.name}: ${error.message}`);
    }
    return ((await response.json()) as PageResponse<T>).data;
  }

  meeting(slug: string, locale?: string): Promise<MeetingPage | null> {
    return this.page<MeetingPage>(`meetings/by-slug/${encodeURIComponent(slug)}`, locale);
  }

  speaker(slug: string, locale?: string): Promise<SpeakerPage | null> {
    return this.page<SpeakerPage>(`speakers/by-slug/${encodeURIComponent(slug)}`, locale);
  }
}
