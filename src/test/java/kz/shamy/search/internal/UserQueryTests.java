package kz.shamy.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed query language: words, "phrases", -exclusion and OR; everything else literal, nothing fails. */
class UserQueryTests {

    @Test
    void wordsAreRequiredClauses() {
        assertThat(UserQuery.parse("  teacher   leadership ").render()).isEqualTo("teacher leadership");
        assertThat(UserQuery.parse("teacher leadership").clauses()).hasSize(2);
    }

    @Test
    void quotedTextIsOnePhrase() {
        UserQuery query = UserQuery.parse("\"lesson   study\" school");

        assertThat(query.clauses().get(0).alternatives()).containsExactly(new UserQuery.Atom("lesson study", true));
        assertThat(query.render()).isEqualTo("\"lesson study\" school");
    }

    @Test
    void minusExcludesAWordOrAPhrase() {
        UserQuery query = UserQuery.parse("school -city -\"big town\"");

        assertThat(query.clauses()).extracting(UserQuery.Clause::negated).containsExactly(false, true, true);
        assertThat(query.render()).isEqualTo("school -city -\"big town\"");
    }

    @Test
    void orJoinsNeighboursIntoAlternatives() {
        UserQuery query = UserQuery.parse("school mathematics OR physics OR \"natural science\"");

        assertThat(query.clauses()).hasSize(2);
        assertThat(query.clauses().get(1).alternatives()).extracting(UserQuery.Atom::text)
                .containsExactly("mathematics", "physics", "natural science");
    }

    @Test
    void orWithoutTwoSidesAndLowerCaseOrAreWords() {
        assertThat(UserQuery.parse("OR school").clauses()).hasSize(2);
        assertThat(UserQuery.parse("school OR").render()).isEqualTo("school OR");
        assertThat(UserQuery.parse("school or college").clauses()).hasSize(3);
        assertThat(UserQuery.parse("school OR -college").clauses()).extracting(UserQuery.Clause::negated)
                .containsExactly(false, false, true);
    }

    @Test
    void unbalancedQuoteRunsToTheEnd() {
        UserQuery query = UserQuery.parse("school \"lesson study");

        assertThat(query.clauses().get(1).alternatives()).containsExactly(new UserQuery.Atom("lesson study", true));
        assertThat(UserQuery.parse("\"").isEmpty()).isTrue();
        assertThat(UserQuery.parse("\"\"\"").isEmpty()).isTrue();
    }

    @Test
    void luceneSyntaxIsLiteralText() {
        UserQuery query = UserQuery.parse("title:foo* bar~2 (a AND b) [x TO y] ^3 \\");

        assertThat(query.clauses()).allMatch(c -> !c.negated() && c.alternatives().size() == 1);
        assertThat(query.clauses().get(0).alternatives().get(0).text()).isEqualTo("title:foo*");
    }

    @Test
    void loneMinusIsAWord() {
        assertThat(UserQuery.parse("a - b").clauses()).extracting(UserQuery.Clause::negated)
                .containsExactly(false, false, false);
    }

    @Test
    void controlCharactersBecomeSpaces() {
        UserQuery query = UserQuery.parse("school\u0000\u0007teacher\u200B\r\nleader\uFFFF");

        assertThat(query.render()).isEqualTo("school teacher leader");
    }

    @Test
    void typographicQuotesQuote() {
        assertThat(UserQuery.parse("«мектеп жобасы»").clauses().get(0).alternatives().get(0).phrase()).isTrue();
    }

    @Test
    void hugeInputIsCappedInLengthAndWords() {
        String words = "word ".repeat(1000);
        assertThat(UserQuery.parse(words).clauses()).hasSize(UserQuery.MAX_ATOMS);
        assertThat(UserQuery.parse("x".repeat(100_000)).clauses().get(0).alternatives().get(0).text())
                .hasSize(UserQuery.MAX_CHARS);
        assertThat(UserQuery.parse(null).isEmpty()).isTrue();
        assertThat(UserQuery.parse(List.of("a").get(0)).hasPositive()).isTrue();
    }
}
