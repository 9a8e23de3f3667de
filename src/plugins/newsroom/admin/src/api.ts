/** Shapes of the plugin's admin routes (server/src/controllers). */
export type Kind = 'meeting' | 'achievement' | 'street-case' | 'speaker';

export const KIND_BY_UID: Record<string, Kind> = {
  'plugin::newsroom.meeting': 'meeting',
  'plugin::newsroom.achievement': 'achievement',
  'plugin::newsroom.street-case': 'street-case',
  'plugin::newsroom.speaker': 'speaker',
};

export const MEETING_UID = 'plugin::newsroom.meeting';

export type FieldPath = Array<string | number>;

export interface Problem {
  path: FieldPath;
  message: string;
  code: string;
  name?: string;
}

export interface Derived {
  creditLine: string;
  byline: string;
  dateline: string;
}

export interface CheckResult {
  ready: boolean;
  phase: 'save' | 'publish';
  errors: Problem[];
  derived: Derived | null;
}

export interface ParseWarning {
  code: string;
  message: string;
  line?: number;
}

export interface ParsedCredit {
  role?: string | null;
  name?: string | null;
}

export interface ParsedReport {
  meeting: {
    title?: string | null;
    headline?: string | null;
    heldOn?: string | null;
    venue?: string | null;
    organizer?: string | null;
    district?: string | null;
    adoptedDocuments?: Array<{ title?: string | null; action?: string | null }> | null;
    speeches?: Array<{ speakerName?: string; speakerDescription?: string; role?: string; order?: number }>;
    editorial?: {
      source?: string | null;
      channel?: string | null;
      reportedAt?: string | null;
      credits?: ParsedCredit[] | null;
    } | null;
  };
  achievements: Array<{ ordinal?: number | null; title?: string | null; year?: number | null; category?: string | null }>;
  streetCases: Array<{ title?: string | null; street?: string | null; community?: string | null }>;
  speakers: Array<{ name: string; positions?: Array<{ organization?: string | null; title?: string | null }> }>;
}

export interface ImportOutcome {
  fileName?: string;
  status: 'parsed' | 'created' | 'updated';
  meeting: { documentId: string | null; title?: string | null; slug?: string | null };
  counts: { achievements: number; streetCases: number; speakers: number; speakersReused: number };
  warnings: ParseWarning[];
  report: ParsedReport;
}

export interface ApiProblem {
  path?: FieldPath;
  message: string;
  code?: string;
}

/** The problems of a refused request: `details.errors[]` of a ValidationError, else its message. */
export const problemsOf = (error: unknown): ApiProblem[] => {
  const body = (error as { response?: { data?: { error?: { message?: string; details?: { errors?: ApiProblem[] } } } } })?.response?.data?.error;
  if (body?.details?.errors && body.details.errors.length > 0) return body.details.errors;
  if (body?.message) return [{ message: body.message }];
  const message = error instanceof Error ? error.message : String(error);
  return [{ message }];
};
