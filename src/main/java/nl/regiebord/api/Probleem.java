package nl.regiebord.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code velden} names the fields at fault; {@code huidig} carries the
 * current state of a resource on a version conflict, so the client can show the other person's change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Probleem(String type, String title, int status, String detail, List<VeldFout> velden, Object huidig) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
