package com.backrelief.coach.content;

import com.backrelief.coach.domain.advice.HeatIceAdvisor;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.advice.Question;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The heat and ice wording in content/heat-ice.json loads, is complete, and varies where it should. */
class HeatIceContentTest {

    private final HeatIceGuide guide = ContentLoader.heatIceGuide();
    private final List<String> rules = new HeatIceAdvisor().ruleIds();

    @Test
    void everyRuleHasTwoOrThreeDifferentWordingsOfItsReason() {
        for (String rule : rules) {
            Set<String> wordings = new TreeSet<>();
            for (int turn = 0; turn < 6; turn++) {
                wordings.add(guide.rationale(rule, turn));
            }
            assertThat(wordings).as(rule).hasSizeBetween(2, 3);
        }
    }

    @Test
    void theFirstWordingOfEachReasonIsTheFactSheetsOwnLine() {
        assertThat(guide.rationale("R5", 0)).isEqualTo("For a fresh strain with swelling, cold for the first two to "
                + "three days is the usual first aid; save heat for later.");
        assertThat(guide.rationale("R11", 0)).isEqualTo("Heat often helps tight, knotted muscles relax.");
    }

    @Test
    void everyQuestionIsShortAndEndsWithAQuestionMark() {
        for (Question question : Question.values()) {
            assertThat(guide.question(question)).endsWith("?");
            assertThat(guide.question(question).split(" ")).hasSizeLessThanOrEqualTo(20);
        }
    }

    @Test
    void theSkinSafetyLinesCarryTheBarrierAndNeverSleepRules() {
        for (PackUse use : PackUse.values()) {
            assertThat(guide.skinSafety(use)).containsAnyOf("towel", "cloth").contains("never fall asleep");
        }
    }

    @Test
    void theEvidenceAnswerNamesTheKindsOfSource() {
        assertThat(guide.followUp("evidence")).get().asString()
                .contains("Cochrane review").contains("American College of Physicians guideline");
    }

    @Test
    void missingWordingOrAnUnknownPlaceholderIsRejectedAtLoad() {
        Map<String, List<String>> lines = new HashMap<>();
        lines.put("rationale.R0", List.of("only one"));
        lines.put("upperBackGuard", List.of("call {phone}"));

        assertThatThrownBy(() -> new HeatIceGuide(lines, rules))
                .hasMessageContaining("missing rationale.R1")
                .hasMessageContaining("rationale.R0 needs two or three wordings")
                .hasMessageContaining("unknown placeholder {phone}");
    }
}
