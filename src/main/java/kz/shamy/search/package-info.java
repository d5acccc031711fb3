/** Full-text search over project reports in Kazakh (both scripts), Russian and English, on a Lucene index fed from an outbox. */
package kz.shamy.search;
