package com.backrelief.coach.devtools;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backrelief.coach.Config;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The function {@code template.yaml} declares, built in this JVM for the local tools: the handler class
 * the template names, given the environment the template sets, with its references made local. A
 * renamed handler or a new variable in the template changes what every local mode runs.
 */
public final class LocalFunction {

    /** The skill id local requests carry and the local function accepts. */
    public static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    /** Lambda sets AWS_REGION; locally it is this. */
    public static final String REGION = "us-east-1";

    private static final String SKILL_ID_PARAMETER = "SkillId";
    private static final String TABLE_TYPE = "AWS::DynamoDB::Table";

    private final SamTemplate template;

    public LocalFunction(SamTemplate template) {
        this.template = template;
    }

    public static LocalFunction fromTemplate() {
        return new LocalFunction(SamTemplate.read(SamTemplate.DEFAULT));
    }

    public String logicalId() {
        return template.functionLogicalId();
    }

    /**
     * The function's environment: each variable {@code template.yaml} sets, a reference to the table
     * becoming the local table and the skill id parameter the local skill id; then DYNAMODB_ENDPOINT
     * (the local database) and AWS_REGION, as Lambda would set it; then the overrides.
     */
    public Map<String, String> environment(String dynamoDbEndpoint, Map<String, String> overrides) {
        Map<String, String> env = new LinkedHashMap<>();
        template.environment().forEach((name, value) -> {
            if (!overrides.containsKey(name)) {
                env.put(name, local(name, value));
            }
        });
        env.put(Config.DYNAMODB_ENDPOINT, dynamoDbEndpoint);
        env.put(Config.AWS_REGION, REGION);
        env.putAll(overrides);
        return env;
    }

    /** A template value as it is locally: references (read as the name they refer to) resolved. */
    private String local(String variable, String value) {
        if (TABLE_TYPE.equals(template.resourceType(value))) {
            return DynamoDbLocal.LOCAL_TABLE;
        }
        if (!template.hasParameter(value)) {
            return value;
        }
        if (SKILL_ID_PARAMETER.equals(value)) {
            return SKILL_ID;
        }
        String fallback = template.parameterDefault(value);
        if (fallback == null) {
            throw new IllegalStateException("template.yaml sets " + variable + " from the parameter " + value
                    + ", which has no default: pass --env " + variable + "=VALUE");
        }
        return fallback;
    }

    /**
     * A new instance of the handler class {@code template.yaml} names, built with {@code Config.from(env)}.
     * It must have a constructor taking {@link Config}: one with no arguments would read this machine's
     * real environment (and perhaps real AWS tables) instead of the local one.
     */
    public RequestStreamHandler handler(Map<String, String> env) {
        Class<?> type = handlerType();
        try {
            return (RequestStreamHandler) type.getConstructor(Config.class).newInstance(Config.from(env));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " (the Handler in template.yaml) needs a public "
                    + "constructor taking " + Config.class.getName() + " for the local tools", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(type.getName() + " failed to start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e, e);
        }
    }

    private Class<?> handlerType() {
        String name = template.handlerClass();
        Class<?> type;
        try {
            type = Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("template.yaml names the handler class " + name + ", which does not exist", e);
        }
        if (!RequestStreamHandler.class.isAssignableFrom(type) || !"handleRequest".equals(template.handlerMethod())) {
            throw new IllegalStateException("template.yaml's Handler " + template.handler()
                    + " is not a RequestStreamHandler's handleRequest method");
        }
        return type;
    }
}
