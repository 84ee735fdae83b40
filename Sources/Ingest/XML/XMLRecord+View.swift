extension XMLRecord {
    /// Calls `body` with a view of the record's tree, valid only inside `body`.
    func withView<R>(_ body: (XMLRecordView) -> R) -> R {
        withExtendedLifetime(tree) {
            body(
                XMLRecordView(
                    elements: tree.elements.buffer, attributes: tree.attributes.buffer,
                    bytes: UnsafeRawBufferPointer(tree.bytes.buffer)))
        }
    }
}

/// A record's tree seen through plain pointers: copying it costs nothing, so the mapper may pass
/// it around freely while it reads a record's values. Valid only inside `XMLRecord.withView`.
struct XMLRecordView {
    let elements: UnsafeBufferPointer<XMLTree.Element>
    let attributes: UnsafeBufferPointer<XMLTree.Attribute>
    let bytes: UnsafeRawBufferPointer

    /// ``XMLRecord/forEachValue(at:_:)``.
    func forEachValue(at path: XMLPath, _ body: (UnsafeRawBufferPointer) -> Bool) {
        withExtendedLifetime(path.steps) { forEachValue(at: Unmanaged.passUnretained($0), body) }
    }

    /// ``XMLRecord/forEachValue(at:_:)`` for a path's steps that the caller keeps alive.
    func forEachValue(at steps: Unmanaged<XMLPathSteps>, _ body: (UnsafeRawBufferPointer) -> Bool) {
        guard !elements.isEmpty else { return }
        _ = steps._withUnsafeGuaranteedRef { $0.visit(self, element: 0, step: 0, body) }
    }
}

extension XMLPathSteps {
    /// Walks the path over a record's tree from `element`, at `step`: depth first, children in
    /// order, so values come out in document order. Names are compared by key first; strings only
    /// when the keys agree. False once `body` has stopped the walk.
    fileprivate func visit(
        _ view: XMLRecordView, element index: Int, step: Int, _ body: (UnsafeRawBufferPointer) -> Bool
    ) -> Bool {
        let elements = view.elements
        if step == elementKeys.count {
            if let attribute {
                let first = elements[index].firstAttribute
                for candidate in view.attributes[first..<first + elements[index].attributeCount]
                where candidate.localKey == attributeKey
                    && candidate.nameReference._withUnsafeGuaranteedRef({ $0.matches(attribute) }) {
                    let value = UnsafeRawBufferPointer(rebasing: view.bytes[candidate.valueStart..<candidate.valueEnd])
                    guard body(value) else { return false }
                }
            } else if !elements[index].isNil {
                return body(
                    UnsafeRawBufferPointer(rebasing: view.bytes[elements[index].textStart..<elements[index].textEnd]))
            }
            return true
        }
        let key = elementKeys[step]
        var child = elements[index].firstChild
        while child >= 0 {
            if elements[child].localKey == key,
                elements[child].nameReference._withUnsafeGuaranteedRef({ $0.matches(self.elements[step]) }) {
                guard visit(view, element: child, step: step + 1, body) else { return false }
            }
            child = elements[child].nextSibling
        }
        return true
    }
}
