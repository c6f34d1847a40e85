package com.backrelief.coach;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.SkillStreamHandler;
import com.backrelief.coach.logging.Metrics;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * The Lambda entry point named in {@code template.yaml}. Lambda calls the no-argument
 * constructor once per container, so clients and content are built once ({@link Startup}).
 *
 * <p>With SnapStart, Lambda snapshots the container after construction and restores it for
 * each new container. Before the snapshot this handler primes the skill: it waits for the
 * DynamoDB client and runs representative requests through the whole skill without touching the
 * table ({@link WarmUp}), so the snapshot holds loaded, compiled code. Nothing captured in the
 * snapshot must be re-created after restore: no connection is open (the warm-up never reaches the
 * network, and the Alexa API client opens its HTTP client on first use), credentials are read from
 * the environment on every call, and the only random numbers drawn (a token for each write) come
 * from the JDK's SecureRandom, which mixes in the kernel's randomness on every call.
 */
public class CoachStreamHandler extends SkillStreamHandler implements Resource {

    private final Startup startup;

    public CoachStreamHandler() {
        this(Config.fromEnvironment());
    }

    public CoachStreamHandler(Config config) {
        this(new Startup(config), config);
        Core.getGlobalContext().register(this);
    }

    private CoachStreamHandler(Startup startup, Config config) {
        super(new SkillGate(startup.skill(), config.skillId(), new Metrics(config.functionName())));
        this.startup = startup;
    }

    /** For tests and local tools: the same gate around a skill built elsewhere. */
    public CoachStreamHandler(CustomSkill skill, Config config) {
        super(new SkillGate(skill, config.skillId(), new Metrics(config.functionName())));
        this.startup = null;
    }

    /** Representative requests through the skill, without touching the table (also used by the benchmark). */
    public void prime() {
        if (startup != null) {
            startup.prime();
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to re-create: see the class comment.
    }
}
