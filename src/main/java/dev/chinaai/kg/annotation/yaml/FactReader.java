package dev.chinaai.kg.annotation.yaml;

import dev.chinaai.kg.annotation.Fact;
import dev.chinaai.kg.annotation.Field;
import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.annotation.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads one fact: {@code subject} or {@code type} (and an optional {@code id}),
 * the rest being fields whose value shape is read here and whose meaning the
 * mapping's field rules decide.
 */
final class FactReader {
    private FactReader() {
    }

    static Fact fact(AnnotationLoader l, YamlFile y, Node n) {
        Map<String, Node> m = y.mapping(n, "a fact", null);
        if (m == null) {
            return null;
        }
        Ref subject = null;
        if (m.containsKey("subject")) {
            String s = y.scalar(m.get("subject"), "subject");
            subject = s == null ? null : l.guard(() -> new Ref(s, y.at(m.get("subject"))));
            if (subject == null) {
                return null;
            }
        }
        String type = AnnotationLoader.opt(y, m, "type");
        String id = AnnotationLoader.opt(y, m, "id");
        List<Field> fields = new ArrayList<>();
        for (var e : m.entrySet()) {
            String key = e.getKey();
            if (key.equals("subject") || key.equals("type") || key.equals("id")) {
                continue;
            }
            Value v = l.guard(() -> value(l, y, e.getValue(), key));
            if (v != null) {
                fields.add(new Field(key, v, y.at(e.getValue())));
            }
        }
        return new Fact(subject, type, id, fields, y.at(n));
    }

    private static Value value(AnnotationLoader l, YamlFile y, Node n, String key) {
        if (n instanceof ScalarNode) {
            String s = y.scalar(n, key);
            return s == null ? null : new Value.Scalar(s, y.at(n));
        }
        if (n instanceof MappingNode mn) {
            boolean isTime = mn.getValue().stream()
                    .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("text"));
            if (isTime) {
                return l.time(y, n);
            }
            Map<String, String> texts = l.texts(y, n, key);
            return texts == null ? null : new Value.Text(texts, y.at(n));
        }
        List<Value.Scalar> items = new ArrayList<>();
        for (Node item : y.sequence(n, key)) {
            String s = y.scalar(item, "an item of " + key);
            if (s != null) {
                items.add(new Value.Scalar(s, y.at(item)));
            }
        }
        return new Value.ScalarList(items, y.at(n));
    }
}
