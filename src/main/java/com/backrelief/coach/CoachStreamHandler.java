package com.backrelief.coach;

import com.amazon.ask.SkillStreamHandler;
import com.backrelief.coach.alexa.ApiClient;
import com.backrelief.coach.content.ContentLoader;
import com.backrelief.coach.persistence.DynamoDbClients;
import com.backrelief.coach.persistence.DynamoDbProgressStore;

import java.time.Clock;

/**
 * The Lambda entry point named in {@code template.yaml}. Lambda calls the no-argument
 * constructor once per container, so the DynamoDB client, the Alexa API client and the content are built once.
 */
public class CoachStreamHandler extends SkillStreamHandler {

    public CoachStreamHandler() {
        this(Config.fromEnvironment());
    }

    public CoachStreamHandler(Config config) {
        this(skill(config), config);
    }

    /** For tests and local tools: the same gate around a skill built elsewhere. */
    public CoachStreamHandler(com.amazon.ask.CustomSkill skill, Config config) {
        super(new SkillGate(skill, config.skillId()));
    }

    private static com.amazon.ask.CustomSkill skill(Config config) {
        Clock clock = Clock.systemUTC();
        return CoachSkill.build(new CoachSkill.Dependencies(
                new DynamoDbProgressStore(DynamoDbClients.create(config), config.tableName(), clock),
                ContentLoader.stretchCatalogue(),
                clock,
                ApiClient.create()));
    }
}
