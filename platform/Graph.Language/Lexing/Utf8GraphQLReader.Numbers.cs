namespace Graph.Language;

internal ref partial struct Utf8GraphQLReader
{
    /// <summary>
    /// Spec 2.9.1 IntValue and 2.9.2 FloatValue: IntegerPart FractionalPart? ExponentPart?
    /// [lookahead != {Digit, ., NameStart}], so <c>0x</c>, <c>1.</c>, <c>1e</c> and <c>123abc</c> are errors.
    /// </summary>
    private void ReadNumber()
    {
        BeginToken(TokenKind.Int, _position);
        var position = _position;
        var code = At(position);
        var isFloat = false;

        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {Utf8Text.PrintCodePointAt(_source, position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {Utf8Text.PrintCodePointAt(_source, position)}.");
        }

        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        End = _position = position;
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {Utf8Text.PrintCodePointAt(_source, start)}.");
        }

        var position = start + 1;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    private readonly int At(int position) => position < _source.Length ? _source[position] : -1;
}
