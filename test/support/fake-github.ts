/**
 * The slice of GitHub's REST API (as octokit, the way actions/github-script
 * hands it to a script) that the example workflows use: issue comments on a
 * pull request, and issues found by label. State lives in plain arrays the
 * test seeds and inspects.
 */
export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  html_url: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: { name: string }[];
  state: 'open' | 'closed';
  state_reason?: string;
  pull_request?: object;
}

type Params = Record<string, unknown>;

export class FakeGitHub {
  comments: FakeComment[] = [];
  issues: FakeIssue[] = [];
  /** Every call, as "method {params without owner/repo/body}". */
  calls: string[] = [];
  private nextId = 1000;

  private record(method: string, params: Params) {
    const { owner: _o, repo: _r, body: _b, ...rest } = params;
    this.calls.push(`${method} ${JSON.stringify(rest)}`);
  }

  octokit() {
    const issues = {
      listComments: async (p: Params) => {
        this.record('listComments', p);
        return { data: this.comments.filter((c) => c.issue_number === p.issue_number) };
      },
      createComment: async (p: Params) => {
        this.record('createComment', p);
        const comment: FakeComment = {
          id: this.nextId++,
          issue_number: p.issue_number as number,
          body: String(p.body),
          user: { login: 'github-actions[bot]', type: 'Bot' },
          html_url: `https://github.example/comments/${this.nextId}`,
        };
        this.comments.push(comment);
        return { data: comment };
      },
      updateComment: async (p: Params) => {
        this.record('updateComment', p);
        const comment = this.comments.find((c) => c.id === p.comment_id);
        if (!comment) throw new Error(`no comment ${String(p.comment_id)}`);
        comment.body = String(p.body);
        return { data: comment };
      },
      listForRepo: async (p: Params) => {
        this.record('listForRepo', p);
        const labels = String(p.labels ?? '').split(',').filter(Boolean);
        const state = p.state ?? 'open';
        return { data: this.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.name === l))) };
      },
      create: async (p: Params) => {
        this.record('create', p);
        const issue: FakeIssue = {
          number: this.issues.length + 1,
          title: String(p.title),
          body: String(p.body),
          labels: ((p.labels as string[]) ?? []).map((name) => ({ name })),
          state: 'open',
        };
        this.issues.push(issue);
        return { data: issue };
      },
      update: async (p: Params) => {
        this.record('update', p);
        const issue = this.issues.find((i) => i.number === p.issue_number);
        if (!issue) throw new Error(`no issue ${String(p.issue_number)}`);
        if (p.body !== undefined) issue.body = String(p.body);
        if (p.state !== undefined) issue.state = p.state as FakeIssue['state'];
        if (p.state_reason !== undefined) issue.state_reason = String(p.state_reason);
        return { data: issue };
      },
    };
    return {
      rest: { issues },
      // One page is all there is here.
      paginate: async (method: (p: Params) => Promise<{ data: unknown[] }>, params: Params) => (await method(params)).data,
    };
  }
}
