package kz.shamy.certification.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One assessor's scores on every criterion of the rubric, each within 0..4. */
record Rubric(Map<Criterion, Integer> scores, String comment) {

    public Rubric {
        if (scores.size() != Criterion.values().length) {
            throw new IllegalStateException("a rubric scores every criterion, got " + scores.keySet());
        }
        scores.forEach((criterion, score) -> {
            if (score < Criterion.LOWEST || score > Criterion.HIGHEST) {
                throw new IllegalStateException(criterion + " score " + score + " is outside 0..4");
            }
        });
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
    }

    int total() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    int lowest() {
        return scores.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    }
}
