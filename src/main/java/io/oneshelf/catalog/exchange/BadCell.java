package io.oneshelf.catalog.exchange;

import io.oneshelf.platform.Message;

/** A cell of an import sheet that cannot be read, with what to tell the uploader (in their language). */
final class BadCell extends IllegalArgumentException {

    final transient Message message;

    BadCell(String code, Object... args) {
        super(code);
        this.message = Message.of(code, args);
    }
}
