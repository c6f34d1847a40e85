package com.backrelief.coach;

import com.backrelief.coach.persistence.DynamoDbClients;
import java.util.Map;
import java.util.Optional;

/**
 * The skill's settings, read from the environment once per container. The only place that reads
 * environment variables; a missing required one fails fast with a message naming it.
 *
 * @param tableName        DynamoDB table holding each user's progress ({@code TABLE_NAME})
 * @param dynamoDbEndpoint endpoint override for DynamoDB Local or {@code sam local} ({@code DYNAMODB_ENDPOINT})
 * @param skillId          the only skill id answered, when set ({@code SKILL_ID})
 * @param region           AWS region ({@code AWS_REGION}, set by Lambda; {@code us-east-1} locally)
 * @param functionName     the function's name, the dimension of its metrics ({@code AWS_LAMBDA_FUNCTION_NAME}, set by
 *                         Lambda; {@code local} elsewhere)
 */
public record Config(String tableName, Optional<String> dynamoDbEndpoint, Optional<String> skillId, String region,
                     String functionName) implements DynamoDbClients.Target {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";
    public static final String SKILL_ID = "SKILL_ID";
    public static final String AWS_REGION = "AWS_REGION";
    public static final String FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";

    /** Every variable the skill reads, for the configuration table and the template consistency test. */
    public static final java.util.List<String> VARIABLES =
            java.util.List.of(TABLE_NAME, DYNAMODB_ENDPOINT, SKILL_ID, AWS_REGION, FUNCTION_NAME);
    /** The ones Lambda sets itself, which the template must not. */
    public static final java.util.List<String> SET_BY_LAMBDA = java.util.List.of(AWS_REGION, FUNCTION_NAME);

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) {
        String table = blankToNull(env.get(TABLE_NAME));
        if (table == null) {
            throw new IllegalStateException("Environment variable " + TABLE_NAME
                    + " is not set: it must name the DynamoDB table that holds user progress.");
        }
        String region = Optional.ofNullable(blankToNull(env.get(AWS_REGION))).orElse("us-east-1");
        return new Config(table,
                Optional.ofNullable(blankToNull(env.get(DYNAMODB_ENDPOINT))),
                Optional.ofNullable(blankToNull(env.get(SKILL_ID))),
                region,
                Optional.ofNullable(blankToNull(env.get(FUNCTION_NAME))).orElse("local"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
