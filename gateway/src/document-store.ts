/**
 * Apollo Server's store of parsed operations, bounded by their estimated heap. Its default store weighs a document
 * by the length of its JSON, about half of what it holds on the heap, so its 30 MiB bound let distinct texts from
 * anonymous callers keep some 54 MiB alive.
 */
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { documentBytes, textBytes } from '#shared/heap-size';

/** Most estimated heap bytes of parsed operations kept; the least recently used goes first. */
export const DOCUMENT_STORE_BYTES = 32 * 1024 * 1024;

type ApolloDocumentStore = NonNullable<ApolloServerOptions<BaseContext>['documentStore']>;

/** The parsed-document store given to Apollo Server (`documentStore`). */
export class DocumentStore implements ApolloDocumentStore {
  private readonly documents: LRUCache<string, DocumentNode>;

  constructor(maxBytes = DOCUMENT_STORE_BYTES) {
    // A document larger than an eighth of the bound is parsed again each time rather than evict many others.
    this.documents = new LRUCache({
      maxSize: maxBytes,
      maxEntrySize: maxBytes / 8,
      sizeCalculation: (document, key) => documentBytes(document) + textBytes(key),
    });
  }

  /** Estimated heap bytes kept now. */
  get keptBytes(): number {
    return this.documents.calculatedSize;
  }

  async get(key: string): Promise<DocumentNode | undefined> {
    return this.documents.get(key);
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    this.documents.set(key, document);
  }

  async delete(key: string): Promise<boolean> {
    return this.documents.delete(key);
  }
}
