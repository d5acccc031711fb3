package kz.shamy.workflow;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Full-length texts as teachers write them: a Kazakh summary at the form's word limit, a long report. */
public final class LongTexts {

    private static final List<String> KAZAKH_WORDS = List.of("оқушылардың", "сабақта", "сұрақ", "қоюға",
            "деген", "қызығушылығы", "артты", "мұғалімдер", "әріптестерімен", "бірлесіп", "жоспарлады",
            "зерттеу", "нәтижелері", "көрсеткендей", "мектептегі", "өзгерістер", "ата-аналармен", "кездесулер",
            "өткізілді", "бақылау", "күнделігінде", "жазылған", "дәлелдер", "талқыланды");

    private LongTexts() {
    }

    /** {@code words} Kazakh words separated by single spaces, no space at either end. */
    public static String kazakhWords(int words) {
        return IntStream.range(0, words).mapToObj(i -> KAZAKH_WORDS.get(i % KAZAKH_WORDS.size()))
                .collect(Collectors.joining(" "));
    }

    /** Kazakh prose of exactly {@code characters} characters, ending in a letter (nothing to trim). */
    public static String kazakhText(int characters) {
        StringBuilder text = new StringBuilder(characters + 20);
        for (int i = 0; text.length() < characters; i++) {
            text.append(KAZAKH_WORDS.get(i % KAZAKH_WORDS.size())).append(i % 12 == 11 ? ". " : " ");
        }
        String cut = text.substring(0, characters);
        return cut.substring(0, characters - 1) + "а";
    }
}
