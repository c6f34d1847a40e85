package com.backrelief.coach.devtools.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the package `sam build` ships contains: the skill, and nothing from tests, local tools or
 * DynamoDB Local. Its size is a target of the benchmark ({@link Benchmark}), not of this test.
 */
class DeploymentPackageIT {

    static final long LIMIT_BYTES = 8L * 1024 * 1024;
    private static DeploymentPackage pkg;

    @BeforeAll
    static void build() throws IOException {
        pkg = DeploymentPackage.build(Path.of("target/bench/deployment.zip"));
    }

    @Test
    void holdsNoTestLocalToolOrDynamoDbLocalClasses() {
        assertThat(pkg.forbiddenEntries()).isEmpty();
    }

    @Test
    void holdsTheHandlerTheContentAndNoAwsSdkV1() {
        assertThat(pkg.entries()).contains("com/backrelief/coach/CoachStreamHandler.class", "content/exercises.json");
        assertThat(pkg.entries()).noneMatch(e -> e.startsWith("lib/aws-java-sdk") || e.contains("netty")
                || e.contains("httpclient"));
    }
}
