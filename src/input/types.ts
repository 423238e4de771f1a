// Types of the input layer: the formats we read, what a parser is told about its input, and
// what it gives back (articles and per-record errors side by side, so one bad record never
// hides the good ones).
import type { Article } from '../model/types.ts';
import type { ArticleReadError } from './errors.ts';

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

/** An article as read: the domain `Article` plus the byline when one was found. */
export interface InputArticle extends Article {
  author?: string;
}

export interface ParseContext {
  /** Id for the article; for multi-record JSON/JSONL the base that `#<index>` is appended to. */
  id: string;
  /** Where it came from (file path or `-`), copied to `Article.origin` and used in errors. */
  origin: string;
}

export interface ParseOutcome {
  articles: InputArticle[];
  errors: ArticleReadError[];
}

/** Metadata fields any format can fill (an Article before hashing); the body goes through the same normalisation. */
export type ArticleFields = Omit<Article, 'hash' | 'origin'> & { origin: string; author?: string };
