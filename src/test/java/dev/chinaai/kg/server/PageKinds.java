package dev.chinaai.kg.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of every kind the site has, by kind: the pages the browser tests
 * check for accessibility, weight and requests that leave the machine. A new
 * kind of page is one more line here.
 */
final class PageKinds {
    /** Kind, path below the base. */
    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("landing", "");
        ALL.put("entity", "id/deepseek.html");
        ALL.put("claim", "claim/a003-r1-cost-5-6-million.html");
        ALL.put("excerpt", "excerpt/003/deepseek-success.html");
        ALL.put("article", "id/article-003.html");
        ALL.put("longest article", "id/article-004.html");
        ALL.put("timeline", "timeline");
        ALL.put("timeline of an entity", "timeline?entity=id/deepseek");
        ALL.put("debates", "claims");
        ALL.put("debates on a topic", "claims?about=id/china");
        ALL.put("search", "search?q=DeepSeek");
        ALL.put("query editor", "query");
        ALL.put("ontology", "ontology.html");
        ALL.put("not found", "id/no-such-thing.html");
    }

    /** The page that may be heavier than the rest: it carries YASGUI. */
    static final String HEAVY = "query editor";

    private PageKinds() {
    }
}
