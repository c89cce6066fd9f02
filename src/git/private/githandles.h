#pragma once

#include <git2.h>

#include <memory>

namespace Promenade::Git {

// RAII owners for libgit2 objects: each frees its object with the matching git_*_free.
template<typename T, void (*Free)(T *)>
struct HandleDeleter
{
    void operator()(T *p) const { Free(p); }
};

template<typename T, void (*Free)(T *)>
using Handle = std::unique_ptr<T, HandleDeleter<T, Free>>;

using RepositoryHandle = Handle<git_repository, git_repository_free>;
using IndexHandle = Handle<git_index, git_index_free>;
using TreeHandle = Handle<git_tree, git_tree_free>;
using CommitHandle = Handle<git_commit, git_commit_free>;
using SignatureHandle = Handle<git_signature, git_signature_free>;
using ReferenceHandle = Handle<git_reference, git_reference_free>;
using RemoteHandle = Handle<git_remote, git_remote_free>;
using ConfigHandle = Handle<git_config, git_config_free>;
using ObjectHandle = Handle<git_object, git_object_free>;
using RevwalkHandle = Handle<git_revwalk, git_revwalk_free>;
using DiffHandle = Handle<git_diff, git_diff_free>;
using StatusListHandle = Handle<git_status_list, git_status_list_free>;
using BlobHandle = Handle<git_blob, git_blob_free>;
using TreeEntryHandle = Handle<git_tree_entry, git_tree_entry_free>;
using BranchIteratorHandle = Handle<git_branch_iterator, git_branch_iterator_free>;
using TreeBuilderHandle = Handle<git_treebuilder, git_treebuilder_free>;
using OdbHandle = Handle<git_odb, git_odb_free>;

} // namespace Promenade::Git
