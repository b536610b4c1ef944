package id.wadul.routes.understand;

/** What an inbound SMS asks for, as decided by {@link CommandParser}. */
public sealed interface Command {

    /** A new complaint; {@code text} is the message without the RAHASIA keyword. */
    record Complaint(String text, boolean anonymous) implements Command {
    }

    /** {@code STATUS <ticket>}: the citizen asks how the ticket stands. */
    record StatusQuery(String ticket) implements Command {
    }

    /** {@code INFO}, {@code BANTUAN}, {@code HELP} or {@code ?} on its own. */
    record Help() implements Command {
    }

    /**
     * An officer's command on a ticket. {@code argument} is the note (PROSES, SELESAI; may be empty),
     * the reason (TOLAK; never empty) or the unit code as typed (ALIH; never empty, to be checked against
     * routing.yaml by the caller).
     */
    record OfficerAction(Verb verb, String ticket, String argument) implements Command {
    }

    /** A command in the wrong form; {@code reply} tells the sender, in Bahasa Indonesia, the right form. */
    record Malformed(String reply) implements Command {
    }

    /** An empty or one-word message: answer with the help text, open no ticket. */
    record TooShort() implements Command {
    }

    enum Verb { PROSES, SELESAI, TOLAK, ALIH }
}
