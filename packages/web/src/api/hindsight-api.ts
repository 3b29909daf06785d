import type { Postmortem } from '@hindsight/core';
import type { ApiClient, QueryValue } from './api-client.js';
import type {
  Account,
  ActionItemStats,
  ActionItemView,
  CommentList,
  CreateCommentInput,
  CreateUserInput,
  LintResult,
  Page,
  PostmortemComment,
  PostmortemSummary,
  RequestReviewInput,
  ReviewResult,
  ReviewStepInput,
  ReviewStatus,
  RevisionInfo,
  SearchHit,
  Session,
  StoredPostmortem,
  StoredRevision,
  Team,
  TemplateInfo,
  UpdateCommentInput,
  UpdateUserInput,
  UserSummary,
} from './types.js';

/** The filters and order of a library list, as query parameters. */
export type ListQuery = Readonly<Record<string, QueryValue>>;

const pm = (id: string) => `/api/postmortems/${encodeURIComponent(id)}`;

/**
 * Every endpoint the app calls, in one place, so that a route renamed on the server is
 * renamed here once. Paths follow docs/api.md.
 */
export function createHindsightApi(client: ApiClient) {
  return {
    client,
    auth: {
      /** The session, or an ApiError 401 when nobody is signed in. */
      me: () => client.get<Session>('/api/auth/me'),
      setupStatus: () => client.get<{ needed: boolean }>('/api/setup'),
      setup: (body: { username: string; password: string; displayName?: string }) =>
        client.post<Session>('/api/setup', body),
      signIn: (body: { username: string; password: string }) =>
        client.post<Session>('/api/auth/login', body),
      signOut: () => client.post<undefined>('/api/auth/logout'),
    },
    postmortems: {
      list: (query: ListQuery, signal?: AbortSignal) =>
        client.get<Page<PostmortemSummary>>('/api/postmortems', { query, signal }),
      get: (id: string, signal?: AbortSignal) => client.get<StoredPostmortem>(pm(id), { signal }),
      create: (body: { model: Postmortem }) =>
        client.post<StoredPostmortem>('/api/postmortems', body),
      revisions: (id: string, signal?: AbortSignal) =>
        client.get<Page<RevisionInfo>>(`${pm(id)}/revisions`, { signal }),
      revision: (id: string, n: number, signal?: AbortSignal) =>
        client.get<StoredRevision>(`${pm(id)}/revisions/${n}`, { signal }),
      restore: (id: string, n: number, baseRevision: number) =>
        client.post<StoredPostmortem>(`${pm(id)}/revisions/${n}/restore`, { baseRevision }),
      /** Core's linter on the stored document, with `profile`'s rules. */
      lint: (id: string, profile: string, signal?: AbortSignal) =>
        client.get<LintResult>(`${pm(id)}/lint`, { query: { profile }, signal }),
    },
    reviews: {
      status: (id: string, signal?: AbortSignal) =>
        client.get<ReviewStatus>(`${pm(id)}/review`, { signal }),
      request: (id: string, body: RequestReviewInput) =>
        client.post<ReviewResult>(`${pm(id)}/review/request`, body),
      /** approve, request-changes, publish or unpublish: the same body for each. */
      step: (
        id: string,
        step: 'approve' | 'request-changes' | 'publish' | 'unpublish',
        body: ReviewStepInput,
      ) => client.post<ReviewResult>(`${pm(id)}/review/${step}`, body),
    },
    comments: {
      list: (id: string, signal?: AbortSignal) =>
        client.get<CommentList>(`${pm(id)}/comments`, { signal }),
      create: (id: string, body: CreateCommentInput) =>
        client.post<PostmortemComment>(`${pm(id)}/comments`, body),
      update: (commentId: string, body: UpdateCommentInput) =>
        client.patch<PostmortemComment>(`/api/comments/${encodeURIComponent(commentId)}`, body),
      remove: (commentId: string) =>
        client.delete<undefined>(`/api/comments/${encodeURIComponent(commentId)}`),
    },
    actionItems: {
      list: (query: ListQuery, signal?: AbortSignal) =>
        client.get<Page<ActionItemView>>('/api/action-items', { query, signal }),
      stats: (query: ListQuery, signal?: AbortSignal) =>
        client.get<ActionItemStats>('/api/action-items/stats', { query, signal }),
    },
    users: {
      list: () => client.get<{ items: Account[] }>('/api/users'),
      /** The same list as anyone may read it: active accounts by name (admins get more). */
      directory: (signal?: AbortSignal) =>
        client.get<{ items: UserSummary[] }>('/api/users', { signal }),
      create: (body: CreateUserInput) => client.post<Account>('/api/users', body),
      update: (id: string, body: UpdateUserInput) =>
        client.patch<Account>(`/api/users/${encodeURIComponent(id)}`, body),
    },
    teams: {
      list: () => client.get<{ items: Team[] }>('/api/teams'),
      create: (name: string) => client.post<Team>('/api/teams', { name }),
      addMember: (teamId: string, username: string) =>
        client.post<Team>(`/api/teams/${encodeURIComponent(teamId)}/members`, { username }),
    },
    search: (query: ListQuery, signal?: AbortSignal) =>
      client.get<Page<SearchHit>>('/api/search', { query, signal }),
    templates: () => client.get<{ items: TemplateInfo[] }>('/api/templates'),
  };
}

export type HindsightApi = ReturnType<typeof createHindsightApi>;
