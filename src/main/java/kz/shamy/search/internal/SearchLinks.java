package kz.shamy.search.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Links of the search page: a facet value to filter by (or to drop), the previous and next page. */
public class SearchLinks {

    private final SearchRequest request;
    private final long total;

    public SearchLinks(SearchRequest request, long total) {
        this.request = request;
        this.total = total;
    }

    /**
     * This search narrowed to {@code value} of facet {@code dim}, or widened again when already chosen (in any of its
     * spellings: the page names a value in the reader's script, the address may hold another).
     */
    public String facet(String dim, String value) {
        Map<String, Object> params = params();
        params.put(dim, chosen(dim, value) ? null : value);
        params.put("page", null);
        return url(params);
    }

    public boolean chosen(String dim, String value) {
        Object chosen = params().get(dim);
        return chosen != null && FacetKeys.key(value).equals(FacetKeys.key(chosen.toString()));
    }

    /** Whether the person asked for anything: words or a filter (an empty search lists every report). */
    public boolean searched() {
        return !(request.q() == null || request.q().isBlank()) || !request.facetFilters().isEmpty();
    }

    /** The same words with no facet filter. */
    public String withoutFilters() {
        Map<String, Object> params = params();
        request.facetFilters().keySet().forEach(dim -> params.put(dim, null));
        params.put("page", null);
        return url(params);
    }

    public String sort(String sort) {
        Map<String, Object> params = params();
        params.put("sort", sort);
        params.put("page", null);
        return url(params);
    }

    public String query(String q) {
        Map<String, Object> params = params();
        params.put("q", q);
        params.put("page", null);
        return url(params);
    }

    /** Null on the first page. */
    public String previous() {
        return request.page() == 0 ? null : page(request.page() - 1);
    }

    /** Null on the last page. */
    public String next() {
        return (long) (request.page() + 1) * request.size() >= total
                || (long) (request.page() + 2) * request.size() > SearchRequest.MAX_WINDOW ? null : page(request.page() + 1);
    }

    public int pageNumber() {
        return request.page() + 1;
    }

    public long pages() {
        return Math.max(1, (total + request.size() - 1) / request.size());
    }

    private String page(int page) {
        Map<String, Object> params = params();
        params.put("page", page == 0 ? null : page);
        return url(params);
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", request.q());
        params.putAll(request.facetFilters());
        params.put("sort", request.newest() ? "newest" : null);
        params.put("page", request.page() == 0 ? null : request.page());
        params.put("size", request.size() == SearchRequest.DEFAULT_SIZE ? null : request.size());
        return params;
    }

    private static String url(Map<String, Object> params) {
        // form encoding, as the servlet container decodes query strings: "c++" stays c++, never "c  "
        StringJoiner query = new StringJoiner("&", "/search?", "").setEmptyValue("/search");
        params.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
