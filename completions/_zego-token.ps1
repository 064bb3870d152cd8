
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'zego-token' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'zego-token'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'zego-token' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Mint a token for a user')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what a token holds; with the ServerSecret, its claims too')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a token and explain every reason it would be rejected')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a ZEGO SDK error code about tokens')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;generate' {
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The AppID from the ZEGOCLOUD console')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'The user the token is for (1 to 64 bytes)')
            [CompletionResult]::new('--user-ids-from', '--user-ids-from', [CompletionResultType]::ParameterName, 'Mint one token per user id read from a file (`-`: stdin), one id per line, blank lines skipped; prints one token (or JSON object) per line')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--effective-time', '--effective-time', [CompletionResultType]::ParameterName, 'How long the token lives: seconds (3600) or with a unit (90s, 30m, 2h, 7d)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the token lives: seconds (3600) or with a unit (90s, 30m, 2h, 7d)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'A raw payload string, put in the token as it is')
            [CompletionResult]::new('--room-id', '--room-id', [CompletionResultType]::ParameterName, 'Make a privilege token for this room (login and publish allowed unless denied)')
            [CompletionResult]::new('--stream-id', '--stream-id', [CompletionResultType]::ParameterName, 'A stream the user may publish (repeatable); without it, any stream')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The cipher mode: gcm (current) or cbc (legacy, unauthenticated)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The creation time instead of the clock: unix seconds or RFC 3339')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--no-login', '--no-login', [CompletionResultType]::ParameterName, 'Deny logging in to the room')
            [CompletionResult]::new('--no-publish', '--no-publish', [CompletionResultType]::ParameterName, 'Deny publishing streams')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object instead of the bare token')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;decode' {
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'With --batch: read the tokens from FILE instead of stdin')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate times as if it were then: unix seconds or RFC 3339')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Read many tokens, one per line, and print one result per line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;verify' {
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'With --batch: read the tokens from FILE instead of stdin')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate times as if it were then: unix seconds or RFC 3339')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The AppID the token must be for')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'The user the token must be for')
            [CompletionResult]::new('--room-id', '--room-id', [CompletionResultType]::ParameterName, 'The room its privilege payload must name')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'A privilege the payload must allow (repeatable)')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Clock difference to forgive at both ends of the lifetime')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Read many tokens, one per line, and print one result per line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only set the exit code')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only set the exit code')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;explain' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;man' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Mint a token for a user')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what a token holds; with the ServerSecret, its claims too')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a token and explain every reason it would be rejected')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a ZEGO SDK error code about tokens')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;help;generate' {
            break
        }
        'zego-token;help;decode' {
            break
        }
        'zego-token;help;verify' {
            break
        }
        'zego-token;help;explain' {
            break
        }
        'zego-token;help;completions' {
            break
        }
        'zego-token;help;man' {
            break
        }
        'zego-token;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
