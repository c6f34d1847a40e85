package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** One person, two devices: a routine begun on one does not undo the pace chosen on the other meanwhile. */
class PaceOnTwoDevicesTest {

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final TestSkill skill = new TestSkill(store);

    @Test
    void aRoutineGoingOnOnOneDeviceKeepsThePaceChosenOnTheOther() {
        Person kitchen = new Person(skill);
        Person bedroom = new Person(skill);
        kitchen.open();
        kitchen.say("StartRoutineIntent", "routine", "desk break");

        bedroom.open();
        bedroom.say("SlowerIntent");
        assertThat(store.get(USER_ID).orElseThrow().pace()).isEqualTo(Pace.SLOW);
        kitchen.say("AMAZON.NextIntent");
        kitchen.say("AMAZON.NextIntent");

        assertThat(store.get(USER_ID).orElseThrow().pace()).isEqualTo(Pace.SLOW);
    }

    @Test
    void aPaceChangedInTheRoutineIsKept() {
        Person kitchen = new Person(skill);
        kitchen.open();
        kitchen.say("StartRoutineIntent", "routine", "desk break");

        kitchen.say("FasterIntent");

        assertThat(store.get(USER_ID).orElseThrow().pace()).isEqualTo(Pace.FAST);
    }
}
