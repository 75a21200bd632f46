import { cleanAnswers, EMPTY_ANSWERS } from './core/answers.js';
import type { Answers } from './core/types.js';

/**
 * The `answers` attribute: JSON, for a page whose authors cannot write script. Text that is not a
 * JSON object gives one warning and no preset, never an error.
 */
export const answersAttribute = {
  fromAttribute(value: string | null): Answers {
    if (value === null || value.trim() === '') return EMPTY_ANSWERS;
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return cleanAnswers(parsed);
    } catch {
      // Warned below, as for JSON that is not an object.
    }
    console.warn(
      `reseaupro-finder: the answers attribute is not a JSON object of answers, such as '{"famille":["territorial"]}': it is ignored.`,
    );
    return EMPTY_ANSWERS;
  },
};
