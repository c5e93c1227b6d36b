package dev.chinaai.kg.annotation.yaml;

import dev.chinaai.kg.annotation.ClaimAnnotation;
import dev.chinaai.kg.annotation.ClaimLink;
import dev.chinaai.kg.annotation.Quantity;
import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.annotation.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one claim entry of a seed file. */
final class ClaimReader {
    private ClaimReader() {
    }

    static ClaimAnnotation claim(AnnotationLoader l, YamlFile y, Node n) {
        Map<String, Node> m = y.mapping(n, "a claim", AnnotationLoader.CLAIM);
        if (m == null) {
            return null;
        }
        List<Ref> claimant = l.refs(y, m, "claimant");
        if (claimant.size() > 1) {
            y.error(m.get("claimant"), "a claim has one claimant; split it into one claim per claimant");
        }
        String id = AnnotationLoader.opt(y, m, "id");
        Map<String, String> text = m.containsKey("text")
                ? l.texts(y, m.get("text"), "text of claim '" + id + "'", AnnotationLoader.EN_DE) : Map.of();
        if (text == null) {
            return null;
        }
        Value.Time time = m.containsKey("time") ? l.guard(() -> l.time(y, m.get("time"))) : null;
        Value.Time period = m.containsKey("period") ? l.guard(() -> l.time(y, m.get("period"))) : null;
        Quantity value = m.containsKey("value") ? l.guard(() -> l.quantity(y, m.get("value"))) : null;
        return new ClaimAnnotation(id, l.refs(y, m, "excerpts"), claimant.isEmpty() ? null : claimant.get(0), text,
                l.refs(y, m, "via"), time, period, AnnotationLoader.opt(y, m, "hedge"), l.refs(y, m, "place"), l.refs(y, m, "about"), value,
                links(l, y, m, "supports"), links(l, y, m, "contradicts"), l.refs(y, m, "replaces"), y.at(n));
    }

    /**
     * The links under {@code key}: each item is a claim id, or a mapping
     * {@code {claim: <id>, note: "<English note>"}} when the curator says what
     * the two claims agree or differ in.
     */
    static List<ClaimLink> links(AnnotationLoader l, YamlFile y, Map<String, Node> m, String key) {
        List<ClaimLink> out = new ArrayList<>();
        if (!m.containsKey(key)) {
            return out;
        }
        for (Node item : y.sequence(m.get(key), key)) {
            ClaimLink link;
            if (item instanceof MappingNode) {
                Map<String, Node> e = y.mapping(item, "a link in " + key, Set.of("claim", "note"));
                if (e == null || !e.containsKey("claim")) {
                    if (e != null) {
                        y.error(item, "a link in " + key + " needs claim: <claim id> (and may have note: \"...\")");
                    }
                    continue;
                }
                List<Ref> target = l.refs(y, e, "claim");
                String note = AnnotationLoader.opt(y, e, "note");
                link = target.size() != 1 ? null : l.guard(() -> new ClaimLink(target.get(0), note));
                if (target.size() > 1) {
                    y.error(e.get("claim"), "a link names one claim; write one link per claim");
                }
            } else {
                String id = y.scalar(item, "a claim id in " + key);
                link = id == null ? null : l.guard(() -> new ClaimLink(new Ref(id, y.at(item)), null));
            }
            if (link != null) {
                out.add(link);
            }
        }
        return out;
    }
}
