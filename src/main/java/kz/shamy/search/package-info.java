/** Full-text search over project reports in Kazakh (both scripts), Russian and English, on a Lucene index fed from an outbox. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package kz.shamy.search;
