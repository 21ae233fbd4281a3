extension JSONTape {
    /// The value at a position of a tape, read in place (see ``JSONView``).
    public struct Value: JSONView, Sendable {
        /// The tape the value is in.
        public let tape: JSONTape
        /// Where in ``tape``.
        public let index: Index

        @inlinable
        public init(_ tape: JSONTape, at index: Index) {
            self.tape = tape
            self.index = index
        }

        @inlinable public var kind: JSONKind { tape.kind(at: index) }
        @inlinable public var boolValue: Bool? { tape.bool(at: index) }
        public var numberValue: JSONNumber? { tape.number(at: index) }
        @inlinable public var doubleValue: Double? { tape.double(at: index) }
        public var stringValue: String? { tape.string(at: index) }
        @inlinable public var members: Members { Members(tape: tape, object: index.entry) }
        @inlinable public var elements: Elements { Elements(tape: tape, array: index.entry) }
        public var jsonValue: JSONValue { tape.value(at: index) }
        public var duplicateKeys: [String] { tape.duplicateNames(of: index.entry) }

        public func forEachMember(named keys: JSONKeyIndex, _ body: (_ member: Int, _ keyPosition: Int) -> Void) {
            let members = self.members
            var name = members.startIndex
            while name != members.endIndex {
                if let position = tape.position(ofNameAt: name, in: keys) { body(name, position) }
                name = tape.next(after: name + 1)
            }
        }

        /// The text as written, for a string without escapes.
        @inlinable
        public func withStringUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
            try tape.withUnescapedUTF8(at: index, body)
        }
    }

    /// The top-level value.
    @inlinable public var rootValue: Value { Value(self, at: root) }

    /// Where the contents of the container at `position` lie (the first and the past-the-end
    /// positions) and how many members or elements it has, if it is of `kind`; none otherwise.
    @inlinable func contents(of position: Int, ifA kind: Kind) -> (start: Int, end: Int, count: Int) {
        let container = entry(position)
        return container.kind == kind ? (position + 1, Int(container.end), Int(container.count)) : (0, 0, 0)
    }

    /// One member of an object in a tape: its name's position (the value's is the next).
    public struct Member: JSONMemberView, Sendable {
        @usableFromInline let tape: JSONTape
        @usableFromInline let name: Int

        @inlinable init(tape: JSONTape, name: Int) {
            self.tape = tape
            self.name = name
        }

        public var key: String { tape.string(at: Index(entry: name))! }
        @inlinable public var value: Value { Value(tape, at: Index(entry: name + 1)) }
        @inlinable public func hasKey(_ key: JSONKey) -> Bool { tape.hasName(key, at: name) }
        @inlinable public func hasSameKey(as other: Member) -> Bool { tape.haveSameName(name, other.name) }
    }

    /// The members of an object in a tape, in document order; each index is a name's position.
    public struct Members: Collection, Sendable {
        @usableFromInline let tape: JSONTape
        public let startIndex: Int
        public let endIndex: Int
        public let count: Int

        /// The members of the object at `object` (none if it is no object).
        @inlinable init(tape: JSONTape, object: Int) {
            self.tape = tape
            (startIndex, endIndex, count) = tape.contents(of: object, ifA: .object)
        }

        @inlinable public subscript(position: Int) -> Member { Member(tape: tape, name: position) }
        @inlinable public func index(after position: Int) -> Int { tape.next(after: position + 1) }
    }

    /// The elements of an array in a tape, in order; each index is an element's position.
    public struct Elements: Collection, Sendable {
        @usableFromInline let tape: JSONTape
        public let startIndex: Int
        public let endIndex: Int
        public let count: Int

        /// The elements of the array at `array` (none if it is no array).
        @inlinable init(tape: JSONTape, array: Int) {
            self.tape = tape
            (startIndex, endIndex, count) = tape.contents(of: array, ifA: .array)
        }

        @inlinable public subscript(position: Int) -> Value { Value(tape, at: JSONTape.Index(entry: position)) }
        @inlinable public func index(after position: Int) -> Int { tape.next(after: position) }
    }
}
