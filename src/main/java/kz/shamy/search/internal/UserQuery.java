package kz.shamy.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The query language a person types, parsed without ever failing:
 * <pre>
 * query  = clause*                       clauses are all required (AND)
 * clause = "-" atom                      excluded
 *        | atom ("OR" atom)*             any one of the alternatives
 * atom   = word | '"' text '"'           a word, or a phrase (an unclosed quote runs to the end)
 * </pre>
 * Everything else is literal text: Lucene syntax ({@code title:x}, {@code *}, {@code ~}, {@code ^}, brackets)
 * means nothing here, a lone {@code -} or a leading/trailing {@code OR} is a word, control characters are
 * spaces. Input is capped at {@value #MAX_CHARS} characters and {@value #MAX_ATOMS} words or phrases.
 */
public record UserQuery(List<Clause> clauses) {

    public static final int MAX_CHARS = 1000;
    public static final int MAX_ATOMS = 64;

    /** One word or phrase. */
    public record Atom(String text, boolean phrase) {
        String render() {
            return phrase ? '"' + text + '"' : text;
        }
    }

    /** Alternatives joined by OR; excluded when {@code negated}. */
    public record Clause(List<Atom> alternatives, boolean negated) {
        String render() {
            String joined = alternatives.stream().map(Atom::render).collect(Collectors.joining(" OR "));
            return negated ? "-" + joined : joined;
        }
    }

    public static UserQuery parse(String input) {
        List<Token> tokens = tokens(clean(input));
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean joinsPrevious = token.isOr() && !clauses.isEmpty() && !clauses.get(clauses.size() - 1).negated()
                    && i + 1 < tokens.size() && !tokens.get(i + 1).negated() && !tokens.get(i + 1).isOr();
            if (joinsPrevious) {
                Clause previous = clauses.remove(clauses.size() - 1);
                List<Atom> alternatives = new ArrayList<>(previous.alternatives());
                alternatives.add(tokens.get(++i).atom());
                clauses.add(new Clause(List.copyOf(alternatives), false));
            } else {
                clauses.add(new Clause(List.of(token.atom()), token.negated()));
            }
        }
        return new UserQuery(List.copyOf(clauses));
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    public boolean hasPositive() {
        return clauses.stream().anyMatch(c -> !c.negated());
    }

    /** True when a quoted phrase is among what the query asks for (not only among what it excludes). */
    boolean hasPositivePhrase() {
        return clauses.stream().filter(c -> !c.negated()).flatMap(c -> c.alternatives().stream())
                .anyMatch(Atom::phrase);
    }

    /**
     * The query with each wanted phrase (alone in its clause) as its words, each a clause of its own: what a
     * search for part of the query reads ({@link ReportQueries#partial}). Exclusions and OR alternatives stay.
     */
    UserQuery loosened() {
        List<Clause> loose = new ArrayList<>();
        for (Clause clause : clauses) {
            Atom only = clause.alternatives().get(0);
            if (clause.negated() || clause.alternatives().size() > 1 || !only.phrase()) {
                loose.add(clause);
                continue;
            }
            for (String word : only.text().split(" ")) {
                loose.add(new Clause(List.of(new Atom(word, false)), false));
            }
        }
        return new UserQuery(List.copyOf(loose));
    }

    /** The query as a person would type it again, for did-you-mean links. */
    public String render() {
        return clauses.stream().map(Clause::render).collect(Collectors.joining(" "));
    }

    private record Token(Atom atom, boolean negated) {
        boolean isOr() {
            return !negated && !atom.phrase() && "OR".equals(atom.text());
        }
    }

    private static String clean(String input) {
        if (input == null) {
            return "";
        }
        String capped = input.length() > MAX_CHARS ? input.substring(0, MAX_CHARS) : input;
        StringBuilder out = new StringBuilder(capped.length());
        capped.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
            // typographic quotes are quotes too
            if (cp == '\u201C' || cp == '\u201D' || cp == '\u00AB' || cp == '\u00BB' || cp == '\u201E') {
                out.append('"');
            } else {
                out.appendCodePoint(invisible ? ' ' : cp);
            }
        });
        return out.toString();
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n && tokens.size() < MAX_ATOMS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
                c = text.charAt(i);
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                String phrase = (end < 0 ? text.substring(i + 1) : text.substring(i + 1, end)).strip()
                        .replaceAll("\\s+", " ");
                i = end < 0 ? n : end + 1;
                if (!phrase.isEmpty()) {
                    tokens.add(new Token(new Atom(phrase, true), negated));
                }
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '"') {
                i++;
            }
            tokens.add(new Token(new Atom(text.substring(start, i), false), negated));
        }
        return tokens;
    }
}
