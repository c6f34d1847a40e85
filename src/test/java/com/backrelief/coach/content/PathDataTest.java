package com.backrelief.coach.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The path data reader the drawing checks rest on: SVG's grammar, absolute and relative. */
class PathDataTest {

    @Test
    void readsEachCommandWithItsNumbersHoweverTheyAreSeparated() {
        assertThat(PathData.parse("M10 20L30,40 50-6h4v-2.5Z"))
                .extracting(PathData.Command::letter).containsExactly('M', 'L', 'h', 'v', 'Z');
        assertThat(PathData.parse("M10 20L30,40 50-6").get(1).numbers()).containsExactly(30.0, 40.0, 50.0, -6.0);
    }

    @Test
    void relativeCommandsAreFollowedFromTheCurrentPoint() {
        assertThat(PathData.points("M10 20l5 5h10v-20L1 2m3 3"))
                .containsExactly(new PathData.Point(10, 20), new PathData.Point(15, 25), new PathData.Point(25, 25),
                        new PathData.Point(25, 5), new PathData.Point(1, 2), new PathData.Point(4, 5));
    }

    @Test
    void aCurveCountsItsControlPointsAndClosingReturnsToTheStart() {
        assertThat(PathData.points("M0 0Q10 -5 20 0Zl1 1"))
                .containsExactly(new PathData.Point(0, 0), new PathData.Point(10, -5), new PathData.Point(20, 0),
                        new PathData.Point(1, 1));
    }

    @Test
    void anArcReachesAsFarAsItsCircle() {
        assertThat(PathData.points("M20 50A8 8 0 1 0 36 50"))
                .contains(new PathData.Point(4, 34), new PathData.Point(36, 66));
    }

    @Test
    void wrongCountsOfNumbersAndStrayCharactersAreRejected() {
        assertThatThrownBy(() -> PathData.parse("M10 20L30")).hasMessageContaining("L takes numbers in groups of 2, not 1");
        assertThatThrownBy(() -> PathData.parse("M0 0A8 8 0 1 0 16")).hasMessageContaining("groups of 7");
        assertThatThrownBy(() -> PathData.parse("M0 0Z4")).hasMessageContaining("Z takes no numbers");
        assertThatThrownBy(() -> PathData.parse("M0 0A8 8 0 2 0 16 0")).hasMessageContaining("flags are 0 or 1");
        assertThatThrownBy(() -> PathData.parse("M0 0X5")).hasMessageContaining("unknown command 'X'");
        assertThatThrownBy(() -> PathData.parse("M0 0L5;5")).hasMessageContaining("unexpected ';'");
        assertThatThrownBy(() -> PathData.parse("L5 5")).hasMessageContaining("must start with a move");
        assertThatThrownBy(() -> PathData.parse(" ")).hasMessageContaining("empty");
    }
}
