/** Text analysis for the search index: Kazakh script folding and light stemming, per-language analyzers, language detection. */
package kz.shamy.search.analysis;
