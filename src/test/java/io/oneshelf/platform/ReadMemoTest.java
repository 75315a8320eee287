package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadMemoTest {

    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "value " + reads.incrementAndGet();
    }

    @Test
    void within_a_piece_of_work_each_key_is_read_once() {
        String[] seen = ReadMemo.during(() -> new String[] {ReadMemo.get("a", this::read), ReadMemo.get("a", this::read),
                ReadMemo.get("b", this::read)});

        assertThat(seen).containsExactly("value 1", "value 1", "value 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void outside_any_work_and_after_it_every_call_reads() {
        ReadMemo.during(() -> ReadMemo.get("a", this::read));

        assertThat(ReadMemo.get("a", this::read)).isEqualTo("value 2");
        assertThat(ReadMemo.get("a", this::read)).isEqualTo("value 3");
    }

    @Test
    void work_within_work_shares_the_outer_reads_and_a_failure_ends_the_memo() {
        String inner = ReadMemo.during(() -> {
            ReadMemo.get("a", this::read);
            return ReadMemo.during(() -> ReadMemo.get("a", this::read));
        });
        assertThat(inner).isEqualTo("value 1");

        try {
            ReadMemo.during(() -> {
                ReadMemo.get("b", this::read);
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the memo ends with the work
        }
        assertThat(ReadMemo.get("b", this::read)).isEqualTo("value 3");
    }
}
