package dev.chinaai.kg.curation;

/**
 * A name found in a sentence: the registry entity (or the proposed new
 * entity) it names, its type, whether the registry knows it, and where the
 * name stands in the article (UTF-16 offsets into the whole text).
 */
record Mention(String id, String type, boolean known, int start, int end) {

    /** Actors can claim: people and organisations of every kind, not places, models or policies. */
    boolean isActor() {
        return switch (type) {
            case "Person", "Organization", "Company", "University", "ResearchInstitute", "GovernmentBody", "Outlet",
                    "Lab", "Group", "Report" -> true;
            default -> false;
        };
    }
}
