package dev.chinaai.kg.annotation.yaml;

import dev.chinaai.kg.diagnostics.Location;
import dev.chinaai.kg.diagnostics.Problems;
import dev.chinaai.kg.diagnostics.Suggestions;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One YAML file read as a node tree that keeps the line and column of every
 * value, with typed accessors that report what is wrong (and where) into the
 * run's {@link Problems} instead of throwing at the first error.
 */
final class YamlFile {
    private final String name;
    private final Problems problems;

    private YamlFile(String name, Problems problems) {
        this.name = name;
        this.problems = problems;
    }

    /** Parses the bytes; returns the reader and the root node, or null after reporting why not. */
    static Parsed parse(String name, byte[] bytes, Problems problems) {
        YamlFile file = new YamlFile(name, problems);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(file.byteLocation(bytes), "not valid UTF-8: save the file as UTF-8");
            return null;
        }
        try {
            // The whole file is already in memory, so snakeyaml's input cap (3 Mi code points by default) guards
            // nothing here; it only refused the registry of a large synthetic corpus.
            LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(true)
                    .setCodePointLimit(Integer.MAX_VALUE).build();
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.add(new Location(name, 1, 1), "the file is empty");
                return null;
            }
            return new Parsed(file, root.get());
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark().map(file::at).orElse(new Location(name, 1, 1));
            problems.add(at, "YAML syntax error: " + e.getProblem() + " (check indentation, colons and quotes)");
        } catch (YamlEngineException e) {
            problems.add(new Location(name, 1, 1), "YAML error: " + e.getMessage());
        }
        return null;
    }

    record Parsed(YamlFile file, Node root) {
    }

    /** The line and column of the first invalid byte. */
    private Location byteLocation(byte[] bytes) {
        int bad = firstInvalid(bytes);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(name, line, bad - lineStart + 1);
    }

    private static int firstInvalid(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
            if (n == 0 || i + n > bytes.length) {
                return i;
            }
            for (int k = 1; k < n; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, i, n));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += n;
        }
        return bytes.length;
    }

    Location at(Mark mark) {
        return new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
    }

    Location at(Node node) {
        return node.getStartMark().map(this::at).orElse(Location.of(name));
    }

    void error(Node node, String message) {
        problems.add(at(node), message);
    }

    /**
     * The entries of a mapping node by key, in order; reports a non-mapping, a
     * duplicated key and a key not in {@code allowed} (with a suggestion).
     */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            error(node, what + " must be a mapping of key: value lines");
            return null;
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "a key");
            if (key == null) {
                continue;
            }
            if (out.containsKey(key)) {
                error(t.getKeyNode(), "duplicate key '" + key + "' in " + what + ": keep one");
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                error(t.getKeyNode(), "unknown field '" + key + "' in " + what + Suggestions.didYouMean(key, allowed)
                        + " (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                continue;
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    /** A scalar's text; reports anything else. An empty scalar counts as missing (null, reported). */
    String scalar(Node node, String what) {
        if (node instanceof ScalarNode s) {
            if (s.getValue().isEmpty() && s.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN) {
                error(node, what + " is empty");
                return null;
            }
            return s.getValue();
        }
        error(node, what + " must be a single value, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
        return null;
    }

    /** The items of a list; a single scalar counts as a list of one. */
    List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        error(node, what + " must be a list, e.g. [a, b]");
        return List.of();
    }

    List<Node> sequenceOfMappings(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        error(node, what + " must be a list of entries, each starting with '- '");
        return new ArrayList<>();
    }

    Integer integer(Node node, String what) {
        String s = scalar(node, what);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            error(node, what + " must be a whole number, got '" + s + "'");
            return null;
        }
    }

    String name() {
        return name;
    }
}
