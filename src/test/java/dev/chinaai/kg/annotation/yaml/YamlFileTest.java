package dev.chinaai.kg.annotation.yaml;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.diagnostics.Problems;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reading YAML files of any size the corpus needs. */
class YamlFileTest {
    @Test
    void aFileLargerThanSnakeyamlsDefaultInputCapIsRead() {
        StringBuilder yaml = new StringBuilder();
        int entries = 0;
        while (yaml.length() <= 4 * 1024 * 1024) {
            yaml.append("- id: entity-").append(entries++).append("\n  label: \"").append("x".repeat(80)).append("\"\n");
        }
        Problems problems = new Problems();
        YamlFile.Parsed parsed = YamlFile.parse("big.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8), problems);
        assertTrue(problems.isEmpty(), () -> problems.list().toString());
        assertNotNull(parsed);
        assertTrue(parsed.root() instanceof SequenceNode seq && seq.getValue().size() == entries);
    }
}
