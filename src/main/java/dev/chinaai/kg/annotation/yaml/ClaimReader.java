package dev.chinaai.kg.annotation.yaml;

import dev.chinaai.kg.annotation.ClaimAnnotation;
import dev.chinaai.kg.annotation.Quantity;
import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.annotation.Value;
import java.util.List;
import java.util.Map;
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
        Map<String, String> text = m.containsKey("text") ? l.texts(y, m.get("text"), "text", AnnotationLoader.EN_DE) : Map.of();
        Value.Time time = m.containsKey("time") ? l.guard(() -> l.time(y, m.get("time"))) : null;
        Quantity value = m.containsKey("value") ? l.guard(() -> l.quantity(y, m.get("value"))) : null;
        return new ClaimAnnotation(AnnotationLoader.opt(y, m, "id"), l.refs(y, m, "excerpts"),
                claimant.isEmpty() ? null : claimant.get(0), text == null ? Map.of() : text,
                l.refs(y, m, "via"), time, l.refs(y, m, "place"), l.refs(y, m, "about"), value,
                l.refs(y, m, "supports"), l.refs(y, m, "contradicts"), y.at(n));
    }
}
