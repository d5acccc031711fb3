package kz.shamy.search.internal;

import kz.shamy.search.SearchDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of teacher-leadership project reports for the search benchmark: sentences from templates and
 * word lists written for each language, not random letters. Proportions follow the programme's rural schools:
 * 45% Kazakh in Cyrillic, 10% Kazakh in the 2021 Latin alphabet, 33% Russian, 12% English; 5% are drafts.
 * Each report has a title (~8 words), a summary (~120 words), a body (~600 words), 3–5 keywords and the facets;
 * it keeps to 3 of the 20 topics, 3 of the 12 skills and 4 of the activities, as a report on one project does.
 */
final class BenchmarkCorpus {

    static final String[] REGIONS = {"Abai Region", "Akmola Region", "Aktobe Region", "Almaty Region",
        "Atyrau Region", "East Kazakhstan Region", "Zhambyl Region", "Zhetisu Region", "West Kazakhstan Region",
        "Karaganda Region", "Kostanay Region", "Kyzylorda Region", "Mangystau Region", "Pavlodar Region",
        "North Kazakhstan Region", "Turkistan Region", "Ulytau Region"};
    static final String[] SUBJECTS = {"Kazakh language", "Russian language", "English", "Mathematics", "Physics",
        "Chemistry", "Biology", "Geography", "History", "Computer science", "Primary education", "Art"};
    static final int SCHOOLS_PER_REGION = 120;
    static final int FIRST_YEAR = 2016;
    static final int YEARS = 10;

    /** One language's words: sentence templates with {slot}s, and the words each slot takes. */
    private record Lexicon(String[] templates, Map<String, String[]> slots, String[] titleTemplates,
            String[] keywords) {
    }

    private static final Lexicon KAZAKH = new Lexicon(
            new String[] {
                "{who} {topic} бойынша {activity} {did}.",
                "{time} {who} {place} {activity} {did}, {result}.",
                "Біз {topic} арқылы {pupils} {skill} {improve} тырыстық.",
                "{pupils} {activity} кезінде {skill} {improved}.",
                "{time} {place} {topic} туралы {activity} өтті.",
                "Жобаның мақсаты {pupils} {skill} {improve} еді.",
                "{who} {pupils} {topic} {tool} {did}.",
                "Нәтижесінде {pupils} {skill} {improved}, {result}.",
                "{place} {who} бірге {topic} {tool} талқыладық.",
                "Зерттеу сабағы {time} {place} {did}, {pupils} белсенді болды.",
            },
            slots(
                "who", new String[] {"Мұғалімдер", "Мұғалім", "Әріптестерім", "Фасилитатор", "Мектеп директоры",
                    "Көшбасшы мұғалімдер", "Бастауыш сынып мұғалімдері", "Жас мұғалімдер", "Әдіскер"},
                "topic", new String[] {"зерттеу сабағы", "формативті бағалау", "критериалды бағалау",
                    "функционалдық сауаттылық", "оқу сауаттылығы", "топтық жұмыс", "саралап оқыту",
                    "кері байланыс", "оқушылардың қызығушылығы", "сыни ойлау", "жобалық оқыту", "оқу мақсаттары",
                    "ата-аналармен жұмыс", "инклюзивті білім", "цифрлық ресурстар", "зертханалық жұмыс",
                    "ойын арқылы оқыту", "оқушылардың дербестігі", "сөздік қор", "математикалық сауаттылық"},
                "activity", new String[] {"сабақ", "сабақтар", "сабақтарды", "жоба", "жобаны", "зерттеу",
                    "семинар", "кәсіби оқу қауымдастығы", "тәлімгерлік", "сабақты бақылау", "шеберлік сынып",
                    "зертханалық тәжірибе", "сауалнама", "сұхбат", "кездесу", "пікірталас"},
                "did", new String[] {"жүргіздім", "жүргіздік", "ұйымдастырдық", "өткіздік", "жоспарладық",
                    "талдадық", "зерттедік", "қолдандық", "енгіздік", "бақыладық", "сынап көрдік"},
                "time", new String[] {"Бірінші тоқсанда", "Оқу жылының басында", "Қазан айында",
                    "Екінші тоқсанда", "Жыл бойы", "Көктемде", "Желтоқсанда", "Апта сайын", "Әр тоқсан сайын"},
                "place", new String[] {"мектебімізде", "мектептерде", "сыныпта", "5-сыныпта", "7-сыныпта",
                    "ауыл мектебінде", "шағын жинақты мектепте", "кітапханада", "зертханада", "әдістемелік бірлестікте"},
                "pupils", new String[] {"оқушылардың", "оқушылар", "балалардың", "жасөспірімдердің",
                    "бастауыш сынып оқушыларының", "үлгерімі төмен оқушылардың", "дарынды балалардың"},
                "skill", new String[] {"оқу дағдылары", "жазу дағдысы", "сөйлеу дағдысы", "есептеу дағдысы",
                    "өзін-өзі бағалау", "ынтымақтастық", "шығармашылық қабілеті", "мотивациясы", "түсінігі",
                    "зерттеу дағдылары", "оқуға деген қызығушылығы", "сыни ойлауы"},
                "improve", new String[] {"дамытуға", "арттыруға", "жақсартуға", "қалыптастыруға", "нығайтуға"},
                "improved", new String[] {"дамыды", "артты", "жақсарды", "қалыптасты", "айтарлықтай өсті"},
                "result", new String[] {"бұл жақсы нәтиже берді", "әріптестер тәжірибемен бөлісті",
                    "ата-аналар қолдау көрсетті", "оқушылар өз ойын ашық айтты", "сабақ сапасы артты",
                    "мұғалімдер көшбасшылық танытты"},
                "tool", new String[] {"туралы талқыладық", "бойынша жоспар құрдық", "үшін ресурстар дайындадық",
                    "арқылы сабақ құрдық", "туралы баяндама жасадық"}),
            new String[] {"{topic} арқылы {pupils} {skill} {improve}", "{place} {topic}: мұғалім көшбасшылығы",
                "{who} және {topic}", "{activity} арқылы {skill}"},
            new String[] {"зерттеу сабағы", "бағалау", "көшбасшылық", "мұғалім", "мектеп", "оқушылар", "сауаттылық",
                "кері байланыс", "жоба", "топтық жұмыс"});

    private static final Lexicon RUSSIAN = new Lexicon(
            new String[] {
                "{who} {did} {activity} по теме «{topic}».",
                "{time} {who} {place} {did} {activity}, {result}.",
                "Мы использовали {topic} для того, чтобы {improve} {skill} {pupils}.",
                "Во время {activityGen} у {pupilsGen} {improved} {skill}.",
                "{time} {place} {did} {activity}, посвящённые теме «{topic}».",
                "Целью проекта было {improve} {skill} {pupils}.",
                "{who} вместе с коллегами {did} {activity} {place}.",
                "В результате {skill} {pupils} {improved}, {result}.",
                "Наблюдение за уроками показало, что {topic} помогает {improve} {skill}.",
                "{who} обсуждали {topic} на заседании методического объединения.",
            },
            slots(
                "who", new String[] {"Учителя", "Учитель", "Мои коллеги", "Фасилитатор", "Директор школы",
                    "Учителя-лидеры", "Учителя начальных классов", "Молодые учителя", "Методист"},
                "topic", new String[] {"исследование урока", "формативное оценивание", "критериальное оценивание",
                    "функциональная грамотность", "читательская грамотность", "групповая работа",
                    "дифференцированное обучение", "обратная связь", "мотивация учащихся", "критическое мышление",
                    "проектное обучение", "цели обучения", "работа с родителями", "инклюзивное образование",
                    "цифровые ресурсы", "лабораторные работы", "игровые технологии", "самостоятельность учеников",
                    "словарный запас", "математическая грамотность"},
                "activity", new String[] {"уроки", "открытые уроки", "лабораторные работы", "проект", "исследование",
                    "семинар", "профессиональное сообщество", "наставничество", "взаимопосещение уроков",
                    "мастер-класс", "анкетирование", "интервью", "встречи", "дискуссии"},
                "activityGen", new String[] {"уроков", "лабораторных работ", "проекта", "исследования", "семинара",
                    "мастер-класса", "дискуссий", "групповой работы"},
                "did", new String[] {"провели", "организовали", "спланировали", "проанализировали", "изучили",
                    "применили", "внедрили", "наблюдали", "апробировали", "провёл"},
                "time", new String[] {"В первой четверти", "В начале учебного года", "В октябре",
                    "Во второй четверти", "В течение года", "Весной", "В декабре", "Каждую неделю",
                    "Каждую четверть"},
                "place", new String[] {"в нашей школе", "в сельских школах", "в классе", "в 5 классе", "в 7 классе",
                    "в сельской школе", "в малокомплектной школе", "в библиотеке", "в лаборатории",
                    "на методическом объединении"},
                "pupils", new String[] {"учащихся", "учеников", "детей", "подростков", "младших школьников",
                    "слабоуспевающих учеников", "одарённых детей"},
                "pupilsGen", new String[] {"учащихся", "учеников", "детей", "школьников"},
                "skill", new String[] {"навыки чтения", "навыки письма", "устная речь", "вычислительные навыки",
                    "самооценка", "сотрудничество", "творческие способности", "мотивация", "понимание",
                    "исследовательские навыки", "интерес к учёбе", "критическое мышление"},
                "improve", new String[] {"развить", "повысить", "улучшить", "сформировать", "укрепить"},
                "improved", new String[] {"развились", "повысились", "улучшились", "сформировались",
                    "заметно выросли"}),
            new String[] {"{topic} как способ {improveGen} {skill}", "{topic} {place}",
                "Лидерство учителя: {topic}", "{activity} и {topic}"},
            new String[] {"исследование урока", "оценивание", "лидерство", "учитель", "школа", "учащиеся",
                "грамотность", "обратная связь", "проект", "групповая работа"});

    private static final Lexicon ENGLISH = new Lexicon(
            new String[] {
                "{who} {did} {activity} on {topic}.",
                "{time} {who} {did} {activity} {place}, and {result}.",
                "We used {topic} to {improve} {pupils} {skill}.",
                "During the {activitySing} the {pupils} {skill} {improved}.",
                "{time} {place} we {did} {activity} about {topic}.",
                "The aim of the project was to {improve} {pupils} {skill}.",
                "{who} {did} {activity} together with colleagues {place}.",
                "As a result, {pupils} {skill} {improved} and {result}.",
                "Lesson observations showed that {topic} helps to {improve} {skill}.",
                "{who} discussed {topic} at the school's professional learning circle.",
            },
            slots(
                "who", new String[] {"Teachers", "The teacher", "My colleagues", "The facilitator",
                    "The head teacher", "Teacher leaders", "Primary teachers", "Young teachers", "The methodologist"},
                "topic", new String[] {"lesson study", "formative assessment", "criteria-based assessment",
                    "functional literacy", "reading literacy", "group work", "differentiated instruction",
                    "feedback", "pupil motivation", "critical thinking", "project-based learning",
                    "learning objectives", "working with parents", "inclusive education", "digital resources",
                    "laboratory work", "learning through play", "pupil autonomy", "vocabulary",
                    "mathematical literacy"},
                "activity", new String[] {"lessons", "open lessons", "laboratory sessions", "a project",
                    "an enquiry", "a seminar", "peer observations", "mentoring", "workshops", "a questionnaire",
                    "interviews", "meetings", "discussions"},
                "activitySing", new String[] {"lesson", "laboratory session", "project", "enquiry", "seminar",
                    "workshop", "discussion", "group work"},
                "did", new String[] {"planned", "organised", "ran", "analysed", "studied", "applied", "introduced",
                    "observed", "tried out", "taught"},
                "time", new String[] {"In the first term", "At the start of the school year", "In October",
                    "In the second term", "Throughout the year", "In spring", "In December", "Every week",
                    "Each term"},
                "place", new String[] {"in our school", "in rural schools", "in the classroom", "in grade 5",
                    "in grade 7", "in a village school", "in a small rural school", "in the library",
                    "in the laboratory", "at the department meeting"},
                "pupils", new String[] {"pupils'", "students'", "children's", "teenagers'", "younger pupils'",
                    "low-achieving pupils'", "gifted children's"},
                "skill", new String[] {"reading skills", "writing skills", "speaking", "numeracy",
                    "self-assessment", "collaboration", "creativity", "motivation", "understanding",
                    "research skills", "interest in learning", "critical thinking"},
                "improve", new String[] {"develop", "raise", "improve", "build", "strengthen"},
                "improved", new String[] {"developed", "rose", "improved", "grew", "grew noticeably"},
                "result", new String[] {"the results were encouraging", "colleagues shared their practice",
                    "parents supported the work", "pupils spoke up with confidence", "teaching quality improved",
                    "teachers showed leadership"}),
            new String[] {"{topic} to {improve} {pupils} {skill}", "{topic} {place}", "Teacher leadership: {topic}",
                "{activity} and {topic}"},
            new String[] {"lesson study", "assessment", "leadership", "teacher", "school", "pupils", "literacy",
                "feedback", "project", "group work"});

    private static final Map<String, String[]> RUSSIAN_EXTRA = Map.of(
            "result", new String[] {"это дало хорошие результаты", "коллеги поделились опытом",
                "родители поддержали работу", "ученики смелее высказывали мнение", "качество уроков выросло",
                "учителя проявили лидерство"},
            "improveGen", new String[] {"развития", "повышения", "улучшения", "формирования"});

    private static Map<String, String[]> slots(Object... pairs) {
        Map<String, String[]> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (String[]) pairs[i + 1]);
        }
        return map;
    }

    private final Random random;

    BenchmarkCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Reports 1..count, in id order; the same seed gives the same reports. */
    List<SearchDocument> generate(int count) {
        List<SearchDocument> reports = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            reports.add(report(id));
        }
        return reports;
    }

    /**
     * A report is about one development project: it draws its topics, activities and skills from a few each. In a
     * fixed order: the random draws follow it, and Map.of's order changes from one JVM to the next.
     */
    private static final Map<String, Integer> FOCUS = focus("topic", 3, "activity", 4, "activitySing", 3,
            "activityGen", 3, "skill", 3, "place", 3, "pupils", 3);

    private static Map<String, Integer> focus(Object... slotsAndCounts) {
        Map<String, Integer> inOrder = new LinkedHashMap<>();
        for (int i = 0; i < slotsAndCounts.length; i += 2) {
            inOrder.put((String) slotsAndCounts[i], (Integer) slotsAndCounts[i + 1]);
        }
        return Collections.unmodifiableMap(inOrder);
    }

    private Lexicon focused(Lexicon lexicon) {
        Map<String, String[]> slots = new java.util.HashMap<>(lexicon.slots());
        FOCUS.forEach((slot, n) -> {
            String[] all = slots.get(slot);
            if (all != null) {
                List<String> chosen = new ArrayList<>();
                while (chosen.size() < Math.min(n, all.length)) {
                    String w = pick(all);
                    if (!chosen.contains(w)) {
                        chosen.add(w);
                    }
                }
                slots.put(slot, chosen.toArray(String[]::new));
            }
        });
        return new Lexicon(lexicon.templates(), slots, lexicon.titleTemplates(), lexicon.keywords());
    }

    private SearchDocument report(long id) {
        double p = random.nextDouble();
        String language;
        Lexicon lexicon;
        boolean latin = false;
        if (p < 0.45) {
            language = "kk";
            lexicon = KAZAKH;
        } else if (p < 0.55) {
            language = "kk";
            lexicon = KAZAKH;
            latin = true;
        } else if (p < 0.88) {
            language = "ru";
            lexicon = RUSSIAN;
        } else {
            language = "en";
            lexicon = ENGLISH;
        }
        lexicon = focused(lexicon);
        String title = capitalise(fill(pick(lexicon.titleTemplates()), lexicon));
        String summary = paragraph(lexicon, 120);
        String body = paragraphs(lexicon, 600);
        List<String> keywords = new ArrayList<>();
        int k = 3 + random.nextInt(3);
        while (keywords.size() < k) {
            String w = pick(lexicon.keywords());
            if (!keywords.contains(w)) {
                keywords.add(w);
            }
        }
        if (latin) {
            title = KazakhLatin.of(title);
            summary = KazakhLatin.of(summary);
            body = KazakhLatin.of(body);
            keywords.replaceAll(KazakhLatin::of);
        }
        int region = random.nextInt(REGIONS.length);
        String school = "School " + (1 + random.nextInt(SCHOOLS_PER_REGION)) + ", " + REGIONS[region];
        int year = FIRST_YEAR + random.nextInt(YEARS);
        boolean published = random.nextDouble() >= 0.05;
        String author = "teacher" + (1 + random.nextInt(20_000));
        List<String> readers = published ? List.of() : List.of(author, "facilitator" + (1 + random.nextInt(500)));
        long updatedAt = 1_472_688_000_000L + (year - FIRST_YEAR) * 31_536_000_000L
                + (long) (random.nextDouble() * 31_536_000_000L);
        return new SearchDocument(id, title, author, school, REGIONS[region], pick(SUBJECTS),
                year + "-" + (year + 1), language, summary, body, keywords, published, readers, updatedAt);
    }

    private String paragraphs(Lexicon lexicon, int words) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        while (written < words) {
            String paragraph = paragraph(lexicon, 60 + random.nextInt(80));
            text.append(text.length() == 0 ? "" : "\n\n").append(paragraph);
            written += paragraph.split(" ").length;
        }
        return text.toString();
    }

    private String paragraph(Lexicon lexicon, int words) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        while (written < words) {
            String sentence = capitalise(fill(pick(lexicon.templates()), lexicon));
            text.append(text.length() == 0 ? "" : " ").append(sentence);
            written += sentence.split(" ").length;
        }
        return text.toString();
    }

    private String fill(String template, Lexicon lexicon) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String slot = template.substring(open + 1, close);
            String[] words = lexicon.slots().get(slot);
            if (words == null) {
                words = RUSSIAN_EXTRA.get(slot);
            }
            out.append(pick(words));
            i = close + 1;
        }
        return out.toString();
    }

    private String pick(String[] words) {
        // a skewed pick: the first words of each list come up more often, as common words do in real text
        double u = random.nextDouble();
        return words[(int) (u * u * words.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Kazakh Cyrillic into the official 2021 Latin alphabet, letter for letter (the benchmark's own table). */
    static final class KazakhLatin {
        private static final String CYRILLIC = "аәбвгғдеёжзийікқлмнңоөпрстуұүфхһцчшщъыьэюя";
        private static final String[] LATIN = {"a", "ä", "b", "v", "g", "ğ", "d", "e", "io", "j", "z", "i", "i", "ı",
            "k", "q", "l", "m", "n", "ñ", "o", "ö", "p", "r", "s", "t", "u", "ū", "ü", "f", "h", "h", "ts", "ch", "ş",
            "şş", "", "y", "", "e", "iu", "ia"};

        static String of(String cyrillic) {
            StringBuilder out = new StringBuilder(cyrillic.length());
            for (int i = 0; i < cyrillic.length(); i++) {
                char c = cyrillic.charAt(i);
                char lower = Character.toLowerCase(c);
                int at = CYRILLIC.indexOf(lower);
                if (at < 0) {
                    out.append(c);
                    continue;
                }
                String latin = LATIN[at];
                if (c != lower && !latin.isEmpty()) {
                    latin = (latin.charAt(0) == 'i' && lower == 'и' ? "İ" : latin.substring(0, 1).toUpperCase())
                            + latin.substring(1);
                }
                out.append(latin);
            }
            return out.toString();
        }
    }
}
