package com.backrelief.coach;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "How a request flows": ten steps or fewer, each naming a file that exists. */
class ReadmeFlowTest {

    private static final Path MAIN = Path.of("src/main/java/com/backrelief/coach");

    @Test
    void theRequestsPathNamesTenFilesOrFewerThatExist() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## How a request flows");
        assertThat(start).isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Matcher step = Pattern.compile("(?m)^\\d+\\. (?:the [^`]*)?`([\\w/]+)`").matcher(section);
        List<String> files = new ArrayList<>();
        while (step.find()) {
            files.add(step.group(1));
        }
        assertThat(files).hasSizeBetween(3, 10);
        for (String file : files) {
            assertThat(MAIN.resolve(file + ".java")).as(file).exists();
        }
    }
}
