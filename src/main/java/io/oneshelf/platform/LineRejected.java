package io.oneshelf.platform;

/**
 * One line of a command with lines (a receipt, a transfer, a stock hold) was refused: the reason's faults are
 * placed under {@code lines[index]}, and the detail says which line, counting from 1 as people do.
 */
public final class LineRejected extends Rejection {

    private final int index;
    private final Rejection reason;

    public LineRejected(int index, Rejection reason) {
        super(reason.kind(), Message.of("problem.line", index + 1, reason.firstMessage()),
                reason.faults().stream().map(f -> f.within("lines[" + index + "]")).toList());
        this.index = index;
        this.reason = reason;
    }

    public int index() {
        return index;
    }

    public Rejection reason() {
        return reason;
    }
}
