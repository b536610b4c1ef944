package id.wadul.gateway;

import java.util.List;

/**
 * The final outcome of one {@link OutboundSms}.
 *
 * @param id             the {@link OutboundSms#id()} it answers
 * @param status         SENT when every part was acknowledged by the link, FAILED otherwise
 * @param account        the system_id of the bind that took it, or null
 * @param linkMessageIds the message_id the link returned for each part, in part order
 * @param detail         a short English reason when FAILED (command_status, timeout, ...)
 */
public record SendOutcome(String id, Status status, String account, List<String> linkMessageIds, String detail) {

    public enum Status { SENT, FAILED }

    public SendOutcome {
        linkMessageIds = List.copyOf(linkMessageIds);
    }

    public boolean sent() {
        return status == Status.SENT;
    }
}
