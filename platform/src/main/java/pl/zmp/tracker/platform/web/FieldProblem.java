package pl.zmp.tracker.platform.web;

/** One reason a request was refused, naming the field it concerns (null for the whole body). */
public record FieldProblem(String field, String reason) {
}
