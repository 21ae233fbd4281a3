import StereotaxJSON

extension JSONValue {
    /// The value at `path`, or `nil` if any step is absent or of the wrong type.
    public func value(at path: RecordPath) -> JSONValue? {
        var current = self
        for component in path.components {
            switch (component, current) {
            case (.key(let key), .object(let object)):
                guard let next = object[key] else { return nil }
                current = next
            case (.index(let index), .array(let elements)):
                guard elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// This value with the value at `path` replaced by `newValue`; everything else unchanged
    /// (member order, duplicates, number literals).
    ///
    /// The last step may name an absent object member, which is then appended; every earlier
    /// step must exist. An array index must exist.
    public func replacing(_ path: RecordPath, with newValue: JSONValue) throws(RecordPathError) -> JSONValue {
        try updated(path.components[...], prefix: .root) { _ in newValue }
    }

    /// This value without the member or element at `path` (every member of that name, if the
    /// name repeats). Removing something absent is an error, so a typo in a path is noticed.
    public func removing(_ path: RecordPath) throws(RecordPathError) -> JSONValue {
        guard let parentPath = path.parent, let last = path.last else { return .null }
        guard value(at: path) != nil else { throw RecordPathError.missing(at: path) }
        return try updated(parentPath.components[...], prefix: .root) { parent throws(RecordPathError) -> JSONValue in
            switch (last, parent) {
            case (.key(let key), .object(var object)):
                object[key] = nil
                return .object(object)
            case (.index(let index), .array(var elements)):
                elements.remove(at: index)
                return .array(elements)
            default:
                throw RecordPathError.missing(at: path)
            }
        }
    }

    private func updated(
        _ components: ArraySlice<RecordPath.Component>, prefix: RecordPath,
        _ transform: (JSONValue?) throws(RecordPathError) -> JSONValue
    ) throws(RecordPathError) -> JSONValue {
        guard let first = components.first else { return try transform(self) }
        let rest = components.dropFirst()
        switch (first, self) {
        case (.key(let key), .object(var object)):
            let childPath = prefix.appending(key)
            if let child = object[key] {
                object[key] = try child.updated(rest, prefix: childPath, transform)
            } else if rest.isEmpty {
                object[key] = try transform(nil)
            } else {
                throw RecordPathError.missing(at: childPath)
            }
            return .object(object)
        case (.index(let index), .array(var elements)):
            guard elements.indices.contains(index) else {
                throw RecordPathError.indexOutOfRange(at: prefix, index: index, count: elements.count)
            }
            elements[index] = try elements[index].updated(rest, prefix: prefix.appending(index: index), transform)
            return .array(elements)
        case (.key, _):
            throw RecordPathError.typeMismatch(at: prefix, expected: "object", found: typeName)
        case (.index, _):
            throw RecordPathError.typeMismatch(at: prefix, expected: "array", found: typeName)
        }
    }
}
