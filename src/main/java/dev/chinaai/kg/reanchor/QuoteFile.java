package dev.chinaai.kg.reanchor;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.diagnostics.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The excerpts of one seed's annotation file with where each selector's
 * values stand in the text, so that a rewrite replaces just those values
 * (as double-quoted scalars) and keeps every comment, key order and blank
 * line as the curator left them. A missing occurrence is added on a line of
 * its own below the quote (or inside the braces of a flow mapping).
 */
public final class QuoteFile {
    private static final List<String> KEYS = List.of("quote", "prefix", "suffix", "occurrence");

    /** Where the values of one excerpt's selector keys are: char ranges of the text, and the quote key's column. */
    private record Places(Map<String, int[]> values, int quoteKeyColumn, boolean flow) {
    }

    private final String name;
    private final String text;
    private final List<Selector> selectors = new ArrayList<>();
    private final Map<String, Places> places = new HashMap<>();

    private QuoteFile(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Reads the excerpts' selectors; a file the build would not read is refused with its line and column. */
    public static QuoteFile parse(String name, String text) {
        QuoteFile f = new QuoteFile(name, text);
        Node root;
        try {
            Optional<Node> parsed = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
            root = parsed.orElseThrow(() -> new KgException(name + ":1:1: the file is empty"));
        } catch (YamlEngineException e) {
            throw new KgException(name + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("")
                    + "); run `build` to see where, fix it, then reanchor");
        }
        Node excerpts = value(root, "excerpts");
        if (!(excerpts instanceof SequenceNode seq)) {
            throw new KgException(name + ":1:1: no excerpts: list to reanchor");
        }
        for (Node n : seq.getValue()) {
            if (n instanceof MappingNode m) {
                f.read(m);
            }
        }
        return f;
    }

    private void read(MappingNode m) {
        String id = scalar(value(m, "id"));
        Node quote = value(m, "quote");
        if (id == null || scalar(quote) == null) {
            return;
        }
        Map<String, int[]> at = new HashMap<>();
        int keyColumn = 0;
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            if (KEYS.contains(key)) {
                at.put(key, new int[] {charIndex(t.getValueNode(), true), charIndex(t.getValueNode(), false)});
                if (key.equals("quote")) {
                    keyColumn = t.getKeyNode().getStartMark().orElseThrow().getColumn();
                }
            }
        }
        String occurrence = scalar(value(m, "occurrence"));
        Integer occ = occurrence != null && occurrence.matches("\\d{1,6}") ? Integer.valueOf(occurrence) : null;
        var mark = quote.getStartMark().orElseThrow();
        selectors.add(new Selector(id, scalar(quote), scalar(value(m, "prefix")), scalar(value(m, "suffix")), occ,
                new Location(name, mark.getLine() + 1, mark.getColumn() + 1)));
        places.put(id, new Places(at, keyColumn, m.getFlowStyle() == FlowStyle.FLOW));
    }

    public List<Selector> selectors() {
        return List.copyOf(selectors);
    }

    /** The file with the selectors of the sure anchors written in; everything else as it was. */
    public String rewrite(List<Anchor> anchors) {
        record Edit(int start, int end, String text) {
        }
        List<Edit> edits = new ArrayList<>();
        for (Anchor a : anchors) {
            if (!a.sure()) {
                continue;
            }
            Places p = places.get(a.was().id());
            Selector was = a.was();
            Selector now = a.now();
            change(edits, p, "quote", was.quote(), now.quote(), Edit::new);
            change(edits, p, "prefix", was.prefix(), now.prefix(), Edit::new);
            change(edits, p, "suffix", was.suffix(), now.suffix(), Edit::new);
            if (!Objects.equals(was.occurrence(), now.occurrence())) {
                int[] q = p.values().get("occurrence");
                if (q != null) {
                    edits.add(new Edit(q[0], q[1], String.valueOf(now.occurrence())));
                } else {
                    int end = p.values().get("quote")[1];
                    edits.add(p.flow() ? new Edit(end, end, ", occurrence: " + now.occurrence())
                            : new Edit(lineEnd(end), lineEnd(end),
                                    "\n" + " ".repeat(p.quoteKeyColumn()) + "occurrence: " + now.occurrence()));
                }
            }
        }
        StringBuilder out = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(e -> out.replace(e.start(), e.end(), e.text()));
        return out.toString();
    }

    private interface EditMaker<E> {
        E make(int start, int end, String text);
    }

    private static <E> void change(List<E> edits, Places p, String key, String was, String now, EditMaker<E> edit) {
        int[] at = p.values().get(key);
        if (at != null && now != null && !now.equals(was)) {
            edits.add(edit.make(at[0], at[1], quoted(now)));
        }
    }

    private int lineEnd(int index) {
        int nl = text.indexOf('\n', index);
        return nl < 0 ? text.length() : nl;
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped, everything else as it is. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02X", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    private int charIndex(Node n, boolean start) {
        var mark = (start ? n.getStartMark() : n.getEndMark()).orElseThrow();
        return text.offsetByCodePoints(0, mark.getIndex());
    }

    private static Node value(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (key.equals(scalar(t.getKeyNode()))) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }
}
