package com.backrelief.coach.domain.stretching;

/** What the coach should say after a command: a description for the replies to put into words. */
public sealed interface Cue {

    /** Every cue but the finish: it is about the block being coached now. */
    sealed interface AtBlock extends Cue {
        Block block();
    }

    /** A routine starts: introduce it with how long it takes at this pace, then lead the first block. */
    record Begin(RoutinePlan plan, int minutes, Block block) implements AtBlock {
    }

    /** A routine picks up where an earlier session stopped. */
    record PickUp(RoutinePlan plan, Block block) implements AtBlock {
    }

    /** Lead a block, saying first why it is this one. */
    record Lead(Why why, Block block) implements AtBlock {
    }

    /** Why a block is being led. */
    enum Why {
        NEXT, CARRY_ON, BACK, ALREADY_FIRST, AGAIN, RESUMED, FROM_THE_TOP
    }

    /** The person skipped an exercise; lead the one after it. */
    record Skipped(Stretch skipped, Block block) implements AtBlock {
    }

    /** Coaching waits until the person says resume. */
    record Paused(Block block) implements AtBlock {
    }

    /** Coaching stopped partway, for a reason the caller gives (such as pain); the place is kept. */
    record Stopped(Block block) implements AtBlock {
    }

    /** Where the person is in the routine and roughly how long is left, this exercise included. */
    record Left(int exercisesAfter, int minutesLeft, Block block) implements AtBlock {
    }

    /** The full explanation of the current exercise. */
    record Explained(Block block) implements AtBlock {
    }

    /** An easier or harder way to do the current exercise, then the block again. */
    record Variant(boolean easier, String how, Block block) implements AtBlock {
    }

    /** The pace changed (or was already at its limit), then the block again at the new pace. */
    record PaceChanged(Pace pace, boolean changed, Block block) implements AtBlock {
    }

    /** The last exercise is done. */
    record Finished(Routine routine) implements Cue {
    }
}
