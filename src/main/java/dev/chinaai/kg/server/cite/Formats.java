package dev.chinaai.kg.server.cite;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * The three citation formats reference managers read: BibTeX (written by
 * jbibtex), RIS (tagged lines, as Zotero, EndNote and Mendeley import them)
 * and CSL-JSON (the input of citeproc, Pandoc and Zotero).
 */
public enum Formats {
    BIBTEX("bib", "BibTeX", "application/x-bibtex; charset=utf-8"),
    RIS("ris", "RIS", "application/x-research-info-systems; charset=utf-8"),
    CSL_JSON("json", "CSL-JSON", "application/vnd.citationstyles.csl+json; charset=utf-8");

    /** The file suffix of the format in {@code /cite/<path>.<suffix>}. */
    public final String suffix;
    /** Its name for people. */
    public final String label;
    /** Its media type. */
    public final String mediaType;

    Formats(String suffix, String label, String mediaType) {
        this.suffix = suffix;
        this.label = label;
        this.mediaType = mediaType;
    }

    /** The works as one document of this format. */
    public String write(List<Work> works) {
        return switch (this) {
            case BIBTEX -> bibtex(works);
            case RIS -> ris(works);
            case CSL_JSON -> csl(works);
        };
    }

    private static String bibtex(List<Work> works) {
        BibTeXDatabase db = new BibTeXDatabase();
        for (Work w : works) {
            BibTeXEntry e = new BibTeXEntry(w.kind() == Work.Kind.ARTICLE ? BibTeXEntry.TYPE_ARTICLE : BibTeXEntry.TYPE_MISC,
                    new Key(w.key()));
            field(e, BibTeXEntry.KEY_TITLE, w.title());
            field(e, BibTeXEntry.KEY_AUTHOR, w.authors().isEmpty() ? null : String.join(" and ", w.authors()));
            field(e, w.kind() == Work.Kind.ARTICLE ? BibTeXEntry.KEY_JOURNAL : BibTeXEntry.KEY_PUBLISHER, w.publisher());
            field(e, BibTeXEntry.KEY_HOWPUBLISHED, w.container() == null ? null : "In: " + w.container());
            int[] d = w.dateParts();
            field(e, BibTeXEntry.KEY_YEAR, d.length > 0 ? Integer.toString(d[0]) : null);
            field(e, BibTeXEntry.KEY_MONTH, d.length > 1 ? Integer.toString(d[1]) : null);
            field(e, new Key("date"), w.date() == null ? null : w.date().substring(0, Math.min(10, w.date().length())));
            field(e, BibTeXEntry.KEY_URL, w.url());
            field(e, new Key("language"), w.language());
            field(e, BibTeXEntry.KEY_NOTE, w.note());
            db.addObject(e);
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(db, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void field(BibTeXEntry e, Key key, String value) {
        if (value != null) {
            e.addField(key, new StringValue(key.equals(BibTeXEntry.KEY_URL) ? value : latex(value), StringValue.Style.BRACED));
        }
    }

    /** LaTeX's special characters, escaped, so that a quote with {@code %} or {@code &} stays text. */
    static String latex(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String ris(List<Work> works) {
        StringBuilder b = new StringBuilder();
        for (Work w : works) {
            tag(b, "TY", switch (w.kind()) {
                case ARTICLE -> "NEWS";
                case EXCERPT -> "GEN";
                case DATASET -> "DATA";
            });
            tag(b, "ID", w.key());
            tag(b, "TI", w.title());
            w.authors().forEach(a -> tag(b, "AU", a));
            tag(b, "PB", w.publisher());
            tag(b, "T2", w.container());
            int[] d = w.dateParts();
            if (d.length > 0) {
                tag(b, "PY", Integer.toString(d[0]));
                tag(b, "DA", String.format("%04d/%s/%s/", d[0], d.length > 1 ? String.format("%02d", d[1]) : "",
                        d.length > 2 ? String.format("%02d", d[2]) : ""));
            }
            tag(b, "UR", w.url());
            tag(b, "LA", w.language());
            tag(b, "N1", w.note());
            tag(b, "ER", "");
        }
        return b.toString();
    }

    /** One RIS line, "TAG  - value" (RIS has no escaping: a line break in a value becomes a space). */
    private static void tag(StringBuilder b, String tag, String value) {
        if (value != null) {
            b.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
        }
    }

    private static String csl(List<Work> works) {
        JsonArray items = new JsonArray();
        for (Work w : works) {
            JsonObject o = new JsonObject();
            o.addProperty("id", w.key());
            o.addProperty("type", switch (w.kind()) {
                case ARTICLE -> "article-newspaper";
                case EXCERPT -> "document";
                case DATASET -> "dataset";
            });
            o.addProperty("title", w.title());
            if (!w.authors().isEmpty()) {
                JsonArray authors = new JsonArray();
                w.authors().forEach(a -> {
                    JsonObject name = new JsonObject();
                    name.addProperty("literal", a);
                    authors.add(name);
                });
                o.add("author", authors);
            }
            put(o, "publisher", w.publisher());
            put(o, "container-title", w.container());
            int[] d = w.dateParts();
            if (d.length > 0) {
                JsonArray parts = new JsonArray();
                for (int p : d) {
                    parts.add(p);
                }
                JsonArray outer = new JsonArray();
                outer.add(parts);
                JsonObject issued = new JsonObject();
                issued.add("date-parts", outer);
                o.add("issued", issued);
            }
            o.addProperty("URL", w.url());
            put(o, "language", w.language());
            put(o, "note", w.note());
            items.add(o);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(items) + "\n";
    }

    private static void put(JsonObject o, String name, String value) {
        if (value != null) {
            o.addProperty(name, value);
        }
    }
}
