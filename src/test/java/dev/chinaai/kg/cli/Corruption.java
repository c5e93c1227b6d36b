package dev.chinaai.kg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One random change to an annotation file. {@code where} and {@code what} are
 * free numbers that pick, modulo the candidates the file offers, the place and
 * the variant; jqwik shrinks them towards 0, so a failing case shrinks towards
 * the first scalar, line or byte. {@link #apply} says what it did, so that a
 * failure names the input that triggered it.
 */
record Corruption(Target target, Kind kind, int where, int what) {

    /** Which of the two annotation files of the golden project is changed. */
    enum Target {
        SEED_FILE, REGISTRY;

        String fileName() {
            return this == REGISTRY ? GoldenProject.REGISTRY : GoldenProject.SEED_FILE;
        }
    }

    /** The kinds of damage; the structural ones first, as they need a file that still parses. */
    enum Kind {
        WRONG_TYPE, DUPLICATE_KEY, MANGLE_QUOTE, ADD_FIELD, YAML_NOISE, TRUNCATE, INVALID_UTF8, DELETE_LINE
    }

    private static final String[] WRONG_VALUES = {"[wrong, list]", "{wrong: map}", "12345", "-1", "3.5e400",
        "99999999999999999999", "true", "~", "[]", "{}", "\"\"", "[[nested], {deep: [1]}]"};
    /** Fields the file may or may not allow, so that the mapper's value readers get odd input too. */
    private static final String[] FIELDS = {"occurrence", "time", "founded", "released", "published", "targetYear",
        "current", "status", "role", "place", "via", "value", "supports", "contradicts", "suffix", "id", "type",
        "subject", "successorOf", "description", "partOf", "action", "date", "names", "label"};
    private static final String[] ODD_VALUES = {"0", "-3", "99999999999", "0000", "\"2025-02-30\"",
        "{text: im Mai, date: \"2025-02-30\"}", "{text: damals, date: \"0000-01-01\"}", "{text: x, date: \"99999\"}",
        "{text: x, before: \"2025-13\", resolution: y}", "{text: x, resolution: y}", "{text: \"\"}",
        "{text: x, after: \"2024-06-01T25:00\"}", "{amount: \"1e999\", unit: percent}", "{amount: \"zwei bis\", unit: count}",
        "{amount: \"5,6,7 Millionen\", unit: USD}", "{amount: \"0\", unit: parsecs}",
        "{amount: \"999999999999999999999999 Milliarden\", unit: USD}", "[goodrich-rand, goodrich-rand]",
        "goodrich-investors", "china", "article-003", "{de: \"\", en: x}", "{xx: y}", "{en: \" \"}", "true", "done",
        "Affiliation", "Activity", "Person"};
    private static final String[] NOISE = {"\t", "\u0000", "&a ", "*a ", "!!binary ", "!!int ", "? ", "- ", "#",
        "'", "\"", "%YAML 1.1\n", "---\n", "...\n", "\r", "\uFEFF", "{", "}", "[", "]", ": ", "\u0085", "\u2028",
        "&x [*x] ", "\\", "|\n", ">-\n"};
    private static final byte[][] INVALID = {{(byte) 0xff}, {(byte) 0xc3, 0x28}, {(byte) 0xe2, (byte) 0x82},
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0x80},
        {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    /** The file changed in place (the array's one element is replaced); returns what was done. */
    String apply(byte[][] file) {
        byte[] bytes = file[0];
        String name = target.fileName();
        String text = decode(bytes);
        Edit done;
        switch (kind) {
            case TRUNCATE -> {
                int at = pick(bytes.length + 1);
                file[0] = java.util.Arrays.copyOf(bytes, at);
                return name + ": truncated at byte " + at + " of " + bytes.length;
            }
            case INVALID_UTF8 -> {
                int at = pick(bytes.length + 1);
                byte[] bad = INVALID[Math.floorMod(what, INVALID.length)];
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, at);
                out.writeBytes(bad);
                out.write(bytes, at, bytes.length - at);
                file[0] = out.toByteArray();
                return name + ": inserted bytes " + java.util.HexFormat.of().formatHex(bad) + " at byte " + at;
            }
            case DELETE_LINE -> {
                List<Integer> starts = lineStarts(bytes);
                int line = pick(starts.size());
                int from = starts.get(line);
                int to = line + 1 < starts.size() ? starts.get(line + 1) : bytes.length;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, from);
                out.write(bytes, to, bytes.length - to);
                file[0] = out.toByteArray();
                return name + ": deleted line " + (line + 1);
            }
            default -> {
                if (text == null) {
                    return name + ": " + kind + " skipped (the file is no longer UTF-8)";
                }
                done = structural(text);
            }
        }
        if (done == null) {
            return name + ": " + kind + " skipped (the file no longer parses)";
        }
        file[0] = done.text().getBytes(StandardCharsets.UTF_8);
        return name + ": " + done.what();
    }

    /** What a structural change did, and the file's new text. */
    private record Edit(String what, String text) {
    }

    /** The change, or null if the text does not parse as YAML any more. */
    private Edit structural(String text) {
        if (kind == Kind.YAML_NOISE) {
            int at = pick(text.length() + 1);
            String noise = NOISE[Math.floorMod(what, NOISE.length)];
            return new Edit("inserted " + escape(noise) + " at char " + at,
                    text.substring(0, at) + noise + text.substring(at));
        }
        Node root;
        try {
            Optional<Node> n = new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build()).composeString(text);
            if (n.isEmpty()) {
                return null;
            }
            root = n.get();
        } catch (YamlEngineException e) {
            return null;
        }
        List<NodeTuple> tuples = new ArrayList<>();
        List<Boolean> flow = new ArrayList<>();
        collect(root, tuples, flow);
        if (kind == Kind.MANGLE_QUOTE) {
            return mangleQuote(text, tuples);
        }
        if (kind == Kind.ADD_FIELD) {
            return addField(text, tuples, flow);
        }
        if (tuples.isEmpty()) {
            return null;
        }
        int i = pick(tuples.size());
        NodeTuple t = tuples.get(i);
        if (kind == Kind.WRONG_TYPE) {
            Node v = t.getValueNode();
            String wrong = WRONG_VALUES[Math.floorMod(what, WRONG_VALUES.length)];
            int from = offset(text, v.getStartMark().orElseThrow().getIndex());
            int to = offset(text, v.getEndMark().orElseThrow().getIndex());
            return new Edit("value of '" + key(t) + "' at line " + (v.getStartMark().get().getLine() + 1) + " ("
                    + escape(text.substring(from, to)) + ") replaced by " + wrong,
                    text.substring(0, from) + wrong + text.substring(to));
        }
        // DUPLICATE_KEY: repeat the entry right before itself, in the mapping's own style.
        int keyAt = offset(text, t.getKeyNode().getStartMark().orElseThrow().getIndex());
        int valueEnd = offset(text, t.getValueNode().getEndMark().orElseThrow().getIndex());
        String entry = text.substring(keyAt, valueEnd);
        if (entry.indexOf('\n') >= 0) {
            entry = text.substring(keyAt, offset(text, t.getKeyNode().getEndMark().get().getIndex())) + ": duplicate";
        }
        int column = t.getKeyNode().getStartMark().get().getColumn();
        String insert = flow.get(i) ? entry + ", " : entry + "\n" + " ".repeat(column);
        return new Edit("key '" + key(t) + "' at line " + (t.getKeyNode().getStartMark().get().getLine() + 1) + " duplicated as "
                + escape(entry), text.substring(0, keyAt) + insert + text.substring(keyAt));
    }

    /** Puts a known field with an odd value before a random entry, in the mapping's own style. */
    private Edit addField(String text, List<NodeTuple> tuples, List<Boolean> flow) {
        if (tuples.isEmpty()) {
            return null;
        }
        int i = pick(tuples.size());
        NodeTuple t = tuples.get(i);
        String entry = FIELDS[Math.floorMod(what, FIELDS.length)] + ": "
                + ODD_VALUES[Math.floorMod(what / FIELDS.length, ODD_VALUES.length)];
        int keyAt = offset(text, t.getKeyNode().getStartMark().orElseThrow().getIndex());
        int column = t.getKeyNode().getStartMark().get().getColumn();
        String insert = flow.get(i) ? entry + ", " : entry + "\n" + " ".repeat(column);
        return new Edit("added " + escape(entry) + " before line " + (t.getKeyNode().getStartMark().get().getLine() + 1),
                text.substring(0, keyAt) + insert + text.substring(keyAt));
    }

    private Edit mangleQuote(String text, List<NodeTuple> tuples) {
        List<ScalarNode> quotes = new ArrayList<>();
        for (NodeTuple t : tuples) {
            String k = key(t);
            if ((k.equals("quote") || k.equals("prefix") || k.equals("suffix")) && t.getValueNode() instanceof ScalarNode s) {
                quotes.add(s);
            }
        }
        if (quotes.isEmpty()) {
            return null;
        }
        ScalarNode q = quotes.get(pick(quotes.size()));
        int from = offset(text, q.getStartMark().orElseThrow().getIndex());
        int to = offset(text, q.getEndMark().orElseThrow().getIndex());
        String old = text.substring(from, to);
        int inner = old.length() <= 2 ? 1 : 1 + Math.floorMod(what / 16, old.length() - 2);
        String mangled = switch (Math.floorMod(what, 10)) {
            case 0 -> old.substring(0, old.length() - 1);                      // closing quote lost
            case 1 -> old.substring(0, inner) + "\"" + old.substring(inner);      // stray quote inside
            case 2 -> old.substring(0, inner) + "\\q" + old.substring(inner);     // invalid escape
            case 3 -> old.substring(0, inner) + old.substring(Math.min(old.length(), inner + 1)); // a character lost
            case 4 -> old.substring(0, inner) + "\\n" + old.substring(inner);     // an escaped line break
            case 5 -> old.substring(0, inner) + "\n" + old.substring(inner);      // a real line break
            case 6 -> "\"\"";                                                     // emptied
            case 7 -> old.substring(0, inner) + "\"";                             // cut short
            case 8 -> old.replace('„', '"').replace('“', '"');                    // typographic quotes straightened
            default -> old.substring(0, inner) + "\\U0010FFFF\\x00" + old.substring(inner); // odd code points
        };
        return new Edit("quote at line " + (q.getStartMark().get().getLine() + 1) + " " + escape(old) + " -> " + escape(mangled),
                text.substring(0, from) + mangled + text.substring(to));
    }

    private static void collect(Node n, List<NodeTuple> tuples, List<Boolean> flow) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                tuples.add(t);
                flow.add(m.getFlowStyle() == FlowStyle.FLOW);
                collect(t.getValueNode(), tuples, flow);
            }
        } else if (n instanceof SequenceNode s) {
            s.getValue().forEach(c -> collect(c, tuples, flow));
        }
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
    }

    private int pick(int n) {
        return n == 0 ? 0 : Math.floorMod(where, n);
    }

    /** snakeyaml-engine counts marks in code points; Java strings index UTF-16 units. */
    private static int offset(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    private static List<Integer> lineStarts(byte[] bytes) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder("«");
        s.codePoints().forEach(c -> b.append(c < 0x20 || c == 0x85 || c == 0x2028 || c == 0xfeff
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return b.append('»').toString();
    }
}
